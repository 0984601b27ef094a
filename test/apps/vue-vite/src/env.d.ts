// The three tags' types in templates: ct-awareness/vue, as the README says.
import type {} from 'ct-awareness/vue';
