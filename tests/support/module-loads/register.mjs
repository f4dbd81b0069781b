// `node --import` this file to write every module the process loads to $MODULE_LOADS_FILE.
import { register } from 'node:module';

register('./record-loads.mjs', import.meta.url);
