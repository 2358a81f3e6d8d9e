// The visitor's journey in WebKitGTK's MiniBrowser (WebKitWebDriver, under a private Xvfb
// display): see journey.mjs.
import { journey } from './journey.mjs';

journey('webkit');
