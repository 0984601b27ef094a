// The tags' React types, as the README says: one line, once in the app.
import type {} from 'ct-awareness/react';
