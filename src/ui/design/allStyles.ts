// The whole of Mantine's styles (and the dates, spotlight and table packages'): imported by every screen
// beyond the welcome screen, so they load with the first of them (the start-up styles are in
// DesignProvider). The cascade layers keep the order whichever loads first (see layers.css).
import '@mantine/core/styles.layer.css';
import '@mantine/dates/styles.layer.css';
import '@mantine/spotlight/styles.layer.css';
import 'mantine-datatable/styles.layer.css';
