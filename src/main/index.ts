import { startShell } from './shell/start';

startShell();
