// Route pages for creating and editing a child: the list or the details stay visible behind the drawer.
import { useNavigate } from 'react-router';
import { ChildDetailsPage } from './ChildDetailsPage';
import { ChildFormDrawer } from './ChildForm';
import { ChildrenPage } from './ChildrenPage';
import { useChildCommands } from './useChildren';
import { useChildFromRoute } from './useChildFromRoute';

export function NewChildPage() {
  const navigate = useNavigate();
  const { create } = useChildCommands();
  return (
    <>
      <ChildrenPage />
      <ChildFormDrawer
        opened
        onClose={() => void navigate('/children')}
        onSubmit={async (draft, firstMentor) => {
          const child = await create(draft, firstMentor);
          void navigate(`/children/${child.id}`);
        }}
      />
    </>
  );
}

export function EditChildPage() {
  const child = useChildFromRoute();
  const navigate = useNavigate();
  const { update } = useChildCommands();
  const back = () => void navigate(`/children/${child.id}/details`);
  return (
    <>
      <ChildDetailsPage />
      <ChildFormDrawer
        opened
        initial={child}
        onClose={back}
        onSubmit={async (draft) => {
          await update(child.id, draft);
          back();
        }}
      />
    </>
  );
}
