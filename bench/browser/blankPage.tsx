// The physical baseline of the app shell: a blank React page built the same way (Vite, production).
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<h1>Welkom</h1>);
