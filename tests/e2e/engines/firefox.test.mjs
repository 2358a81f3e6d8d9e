// The visitor's journey in Firefox ESR (geckodriver over W3C WebDriver): see journey.mjs.
import { journey } from './journey.mjs';

journey('firefox');
