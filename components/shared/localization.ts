import { configureLocalization } from '@lit/localize';

/** Locales Kontor ships strings for; English is the source language. */
export const SUPPORTED_LOCALES = ['en', 'de'] as const;

/** One of {@link SUPPORTED_LOCALES}. */
export type KontorLocale = (typeof SUPPORTED_LOCALES)[number];

const { getLocale, setLocale } = configureLocalization({
  sourceLocale: 'en',
  targetLocales: ['de'],
  loadLocale: () => import('./locales/de.js'),
});

/** The active UI locale. */
export { getLocale };

/** Picks the supported locale closest to a BCP 47 tag (`de-CH` → `de`). */
export function supportedLocale(tag: string | null | undefined): KontorLocale {
  return tag?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/**
 * Switches every Kontor element to a locale; elements re-render in place. Called once at
 * start with the page's `<html lang>`.
 */
export function useLocale(tag: string | null | undefined): Promise<void> {
  return setLocale(supportedLocale(tag));
}

/** The Intl locale for numbers, prices and dates: the page's full tag when it fits. */
export function formatLocale(): string {
  const pageLang = document.documentElement.lang;
  return supportedLocale(pageLang) === getLocale() && pageLang ? pageLang : getLocale();
}

void useLocale(document.documentElement.lang);
