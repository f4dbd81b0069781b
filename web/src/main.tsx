import { render } from 'preact';
import { App } from './app';
import { interceptLinkClicks } from './route';
import './style.css';

document.addEventListener('click', interceptLinkClicks);
render(<App />, document.getElementById('app')!);
