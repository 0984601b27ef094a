/** Registers every ct-awareness tag. The only module of the package with a side effect. */
import { defineAll } from './tags.js';

defineAll();
