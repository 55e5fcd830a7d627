import { UserConfigFn } from 'vite';
import { overrideVaadinConfig } from './vite.generated';

/*
 * What a resident's phone loads on a first visit comes in few requests (decision 0025): the
 * modules of the start and answer screens (and of the sign-in page, which Vaadin always loads
 * eagerly) go into one chunk instead of some twenty small ones. Staff-only components stay in
 * chunks of their own, loaded when a staff page needs them.
 */
const firstVisit = new RegExp(
  [
    'node_modules/@vaadin/(a11y-base|component-base|field-base|input-container|vaadin-themable-mixin|vaadin-lumo-styles',
    '|button|tooltip|overlay|popover|text-field|text-area|password-field|horizontal-layout|vertical-layout',
    '|details|progress-bar|radio-group|checkbox|login|notification|common-frontend)/',
    '|node_modules/(lit|lit-html|lit-element|@lit/reactive-element)/',
    '|generated/jar-resources/(FlowClient|FlowBootstrap|disableOnClickFunctions|flow-component-renderer|flow-component-directive|lit-renderer)',
    '|generated/flow/generated-flow-imports'
  ].join('')
);

const customConfig: UserConfigFn = () => ({
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'first-visit', test: (id: string) => firstVisit.test(id.replaceAll('\\', '/')) }]
        }
      }
    }
  }
});

export default overrideVaadinConfig(customConfig);
