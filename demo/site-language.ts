/** The demo site's language choice, kept in local storage by its toolbar. */
export const LANGUAGE_KEY = 'kontor-demo-language';

/** The language the visitor chose in the demo toolbar; English until they choose. */
export function language(): 'de' | 'en' {
  return localStorage.getItem(LANGUAGE_KEY) === 'de' ? 'de' : 'en';
}
