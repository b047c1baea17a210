// The one table pattern: sortable columns, a filter box, 25 rows a page, row actions at the right and
// a sentence when there is nothing (mantine-datatable). A sortable column's title is a real button of
// our own (Enter and Space sort), so its state is said in the app's language: mantine-datatable 9 has
// no prop for its English "Not sorted" / "Sorted ascending" labels.
import { Group, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSearch, IconSelector } from '@tabler/icons-react';
import { DataTable as MantineDataTable, type DataTableColumn } from 'mantine-datatable';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type SortValue = string | number | undefined | null;

export type Column<T> = DataTableColumn<T> & {
  /** What the column sorts on; columns without it do not sort. */
  sortValue?: (record: T) => SortValue;
};

export interface DataTableProps<T> {
  /** The table's accessible name (a caption or the heading it belongs to). */
  label: string;
  records: readonly T[] | undefined;
  columns: Column<T>[];
  idAccessor?: keyof T & string;
  /** Shown instead of the table when there are no records at all. */
  empty: ReactNode;
  /** A filter box above the table: the text a record is matched on (lower-cased). */
  filterText?: (record: T) => string;
  filterLabel?: string;
  /** Extra filter controls beside the search box (e.g. a select of children). */
  filters?: ReactNode;
  initialSort?: { column: string; direction: 'asc' | 'desc' };
  pageSize?: number;
  rowLabel?: (record: T) => string;
}

type SortDirection = 'asc' | 'desc';

/** The words a sortable title adds for screen readers: how the column is sorted now. */
export const SORT_LABEL_KEYS = {
  none: 'table.notSorted',
  asc: 'table.sortedAscending',
  desc: 'table.sortedDescending',
} as const;

function SortTitle({
  title,
  state,
  align,
  onSort,
}: {
  title: ReactNode;
  state: SortDirection | 'none';
  align?: 'left' | 'center' | 'right';
  onSort: () => void;
}) {
  const { t } = useTranslation('common');
  const Icon = state === 'asc' ? IconArrowUp : state === 'desc' ? IconArrowDown : IconSelector;
  return (
    <UnstyledButton onClick={onSort} w="100%" style={{ font: 'inherit' }}>
      <Group
        gap={6}
        wrap="nowrap"
        justify={align === 'right' ? 'flex-end' : align === 'center' ? 'center' : 'space-between'}
      >
        <span>{title}</span>
        <Icon
          size={14}
          role="img"
          aria-label={t(SORT_LABEL_KEYS[state])}
          color={state === 'none' ? 'var(--mantine-color-dimmed)' : undefined}
        />
      </Group>
    </UnstyledButton>
  );
}

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

const isEmpty = (value: SortValue): value is undefined | null | '' =>
  value === undefined || value === null || value === '';

function compare(a: NonNullable<SortValue>, b: NonNullable<SortValue>): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

export function DataTable<T>({
  label,
  records,
  columns,
  idAccessor = 'id' as keyof T & string,
  empty,
  filterText,
  filterLabel,
  filters,
  initialSort,
  pageSize = 25,
}: DataTableProps<T>) {
  const { t } = useTranslation('common');
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [sortStatus, setSortStatus] = useState<{ columnAccessor: string; direction: SortDirection }>({
    columnAccessor: initialSort?.column ?? '',
    direction: initialSort?.direction ?? 'asc',
  });
  const sortBy = (accessor: string) => {
    setSortStatus((current) => ({
      columnAccessor: accessor,
      direction: current.columnAccessor === accessor && current.direction === 'asc' ? 'desc' : 'asc',
    }));
    setPage(1);
  };

  const shown = useMemo(() => {
    const needle = query.trim().toLowerCase();
    const filtered =
      filterText && needle
        ? (records ?? []).filter((record) => filterText(record).toLowerCase().includes(needle))
        : [...(records ?? [])];
    const column = columns.find((candidate) => candidate.accessor === sortStatus.columnAccessor);
    if (column?.sortValue) {
      const value = column.sortValue;
      const sign = sortStatus.direction === 'asc' ? 1 : -1;
      filtered.sort((a, b) => {
        const va = value(a);
        const vb = value(b);
        // Empty values last whatever the direction is, so "Niet ingevuld" never tops a list.
        if (isEmpty(va) || isEmpty(vb)) return Number(isEmpty(va)) - Number(isEmpty(vb));
        return sign * compare(va, vb);
      });
    }
    return filtered;
  }, [records, query, filterText, columns, sortStatus]);

  const pages = Math.max(1, Math.ceil(shown.length / pageSize));
  const current = Math.min(page, pages);
  const pageRecords = shown.slice((current - 1) * pageSize, current * pageSize);

  const tableProps = {
    'aria-label': label,
    withTableBorder: true,
    borderRadius: 'md',
    striped: true,
    highlightOnHover: true,
    verticalAlign: 'center' as const,
    minHeight: shown.length === 0 ? 140 : undefined,
    idAccessor,
    records: pageRecords,
    columns: columns.map(({ sortValue, ...column }): DataTableColumn<T> => {
      if (!sortValue) return column;
      const accessor = String(column.accessor);
      return {
        ...column,
        title: (
          <SortTitle
            title={column.title ?? accessor}
            state={sortStatus.columnAccessor === accessor ? sortStatus.direction : 'none'}
            align={column.textAlign}
            onSort={() => sortBy(accessor)}
          />
        ),
      };
    }),
    noRecordsText: t('table.noMatches'),
  };

  if (records === undefined) {
    return (
      <Text role="status" c="dimmed">
        {t('loading')}
      </Text>
    );
  }
  if (records.length === 0) return <>{empty}</>;

  return (
    <Stack gap="sm">
      {filterText || filters ? (
        <Group gap="sm" align="flex-end">
          {filterText ? (
            <TextInput
              type="search"
              label={filterLabel ?? t('table.filter')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={query}
              onChange={(event) => {
                setQuery(event.currentTarget.value);
                setPage(1);
              }}
              w={280}
            />
          ) : null}
          {filters}
        </Group>
      ) : null}
      {shown.length > pageSize ? (
        <MantineDataTable<T>
          {...tableProps}
          totalRecords={shown.length}
          recordsPerPage={pageSize}
          page={current}
          onPageChange={setPage}
          paginationText={({ from, to, totalRecords }) =>
            t('table.pageOf', { from, to, total: totalRecords })
          }
          getPaginationControlProps={(control) => ({
            'aria-label': t(control === 'previous' ? 'table.previousPage' : 'table.nextPage'),
          })}
        />
      ) : (
        <MantineDataTable<T> {...tableProps} />
      )}
    </Stack>
  );
}
