// Types for the <sdm-*> tags in templates (props and @sdm-* listeners), checked by vue-tsc.
import type {} from '@scanwise/elements/vue';
