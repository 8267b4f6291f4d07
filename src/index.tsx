import { createRoot } from 'react-dom/client';
import { localeFromTag } from './domain';
import { App } from './ui/App';

const root = document.getElementById('root');
if (root) createRoot(root).render(<App locale={localeFromTag(navigator.language)} />);
