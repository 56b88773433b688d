import { msg } from '@lit/localize';
import type { TechnicalAttribute } from '../../src/index.js';
import { numberFormat } from '../../src/commerce/formatters.js';

/** A technical attribute's value in words, numbers with their unit in the page's format. */
export function attributeValue(attribute: TechnicalAttribute, locale: string): string {
  switch (attribute.type) {
    case 'number':
      return `${numberFormat(locale).format(attribute.value)}${attribute.unit ? ` ${attribute.unit}` : ''}`;
    case 'boolean':
      return attribute.value ? msg('yes', { id: 'yes' }) : msg('no', { id: 'no' });
    case 'text':
      return attribute.value;
  }
}
