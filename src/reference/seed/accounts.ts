/**
 * Demo companies, accounts and users. Every demo password is `demo`. Limits are in EUR
 * and converted at the fixed rate for CHF accounts.
 */
import { money, type Account, type Address, type Company, type CostCenter, type Role } from '../../commerce/index.js';
import type { SeedUser } from './types.js';

/** The password of every demo user. */
export const DEMO_PASSWORD = 'demo';

/** The demo companies. */
export const COMPANIES: readonly Company[] = [
  { id: 'co-mueller', name: 'Müller Maschinenbau GmbH' },
  { id: 'co-hansen', name: 'Hansen Elektrotechnik AG' },
  { id: 'co-labnord', name: 'LabNord Diagnostik GmbH' },
];

const address = (id: string, label: string, company: string, street: string, postalCode: string, city: string, country: string): Address => ({
  id,
  label,
  company,
  street,
  postalCode,
  city,
  country,
});

const center = (id: string, name: string, budget: number | null, period: CostCenter['period'], currency: string): CostCenter => ({
  id,
  name,
  budget: budget === null ? null : money(budget, currency),
  period: budget === null ? null : period,
});

const account = (
  id: string,
  companyId: string,
  name: string,
  customerGroupId: string,
  currency: string,
  billTo: Address[],
  shipTo: Address[],
  costCenters: CostCenter[],
  creditLimit: number,
): Account => ({ id, companyId, name, customerGroupId, currency, billTo, shipTo, costCenters, creditLimit: money(creditLimit, currency) });

/** The demo accounts: German, Austrian and Swiss (CHF) sites. */
export const ACCOUNTS: readonly Account[] = [
  account(
    'acc-mueller-de',
    'co-mueller',
    'Müller Maschinenbau GmbH, Stuttgart',
    'cg-industry',
    'EUR',
    [address('ad-mueller-de-bill', 'Hauptverwaltung', 'Müller Maschinenbau GmbH', 'Industriestraße 12', '70565', 'Stuttgart', 'DE')],
    [
      address('ad-mueller-de-plant1', 'Werk 1 Stuttgart', 'Müller Maschinenbau GmbH', 'Industriestraße 12', '70565', 'Stuttgart', 'DE'),
      address('ad-mueller-de-plant2', 'Werk 2 Esslingen', 'Müller Maschinenbau GmbH', 'Hafenstraße 4', '73728', 'Esslingen', 'DE'),
      address('ad-mueller-de-linz', 'Montage Linz', 'Müller Maschinenbau GmbH', 'Donaulände 8', '4020', 'Linz', 'AT'),
    ],
    [
      center('cc-mueller-maint', 'Instandhaltung', 500000, 'monthly', 'EUR'),
      center('cc-mueller-prod', 'Produktion', 2000000, 'quarterly', 'EUR'),
      center('cc-mueller-it', 'IT', null, null, 'EUR'),
    ],
    10000000,
  ),
  account(
    'acc-mueller-at',
    'co-mueller',
    'Müller Maschinenbau GesmbH, Linz',
    'cg-industry',
    'EUR',
    [address('ad-mueller-at-bill', 'Buchhaltung Linz', 'Müller Maschinenbau GesmbH', 'Donaulände 8', '4020', 'Linz', 'AT')],
    [
      address('ad-mueller-at-linz', 'Werk Linz', 'Müller Maschinenbau GesmbH', 'Donaulände 8', '4020', 'Linz', 'AT'),
      address('ad-mueller-at-graz', 'Lager Graz', 'Müller Maschinenbau GesmbH', 'Lagergasse 3', '8020', 'Graz', 'AT'),
    ],
    [center('cc-mueller-at-maint', 'Instandhaltung Linz', 300000, 'monthly', 'EUR')],
    5000000,
  ),
  account(
    'acc-mueller-ch',
    'co-mueller',
    'Müller Maschinenbau AG, Basel',
    'cg-industry',
    'CHF',
    [address('ad-mueller-ch-bill', 'Administration Basel', 'Müller Maschinenbau AG', 'Rheinweg 21', '4058', 'Basel', 'CH')],
    [address('ad-mueller-ch-basel', 'Werk Basel', 'Müller Maschinenbau AG', 'Rheinweg 21', '4058', 'Basel', 'CH')],
    [center('cc-mueller-ch-prod', 'Produktion Basel', 800000, 'quarterly', 'CHF')],
    4000000,
  ),
  account(
    'acc-hansen-de',
    'co-hansen',
    'Hansen Elektrotechnik AG, Hamburg',
    'cg-electrical',
    'EUR',
    [
      address('ad-hansen-de-bill', 'Zentrale', 'Hansen Elektrotechnik AG', 'Am Sandtorkai 40', '20457', 'Hamburg', 'DE'),
      address('ad-hansen-de-bill2', 'Projektabrechnung', 'Hansen Elektrotechnik AG', 'Am Sandtorkai 42', '20457', 'Hamburg', 'DE'),
    ],
    [
      address('ad-hansen-de-hh', 'Lager Hamburg', 'Hansen Elektrotechnik AG', 'Billstraße 90', '20539', 'Hamburg', 'DE'),
      address('ad-hansen-de-site', 'Baustelle Kiel', 'Hansen Elektrotechnik AG', 'Kaistraße 1', '24103', 'Kiel', 'DE'),
    ],
    [
      center('cc-hansen-projects', 'Projekte', 1500000, 'monthly', 'EUR'),
      center('cc-hansen-service', 'Service', 400000, 'monthly', 'EUR'),
    ],
    8000000,
  ),
  account(
    'acc-hansen-ch',
    'co-hansen',
    'Hansen Elektro Schweiz AG, Zürich',
    'cg-electrical',
    'CHF',
    [address('ad-hansen-ch-bill', 'Verwaltung', 'Hansen Elektro Schweiz AG', 'Hardstrasse 201', '8005', 'Zürich', 'CH')],
    [address('ad-hansen-ch-zh', 'Lager Zürich', 'Hansen Elektro Schweiz AG', 'Hardstrasse 201', '8005', 'Zürich', 'CH')],
    [center('cc-hansen-ch-projects', 'Projekte Schweiz', 600000, 'monthly', 'CHF')],
    3000000,
  ),
  account(
    'acc-labnord-de',
    'co-labnord',
    'LabNord Diagnostik GmbH, Kiel',
    'cg-lab',
    'EUR',
    [address('ad-labnord-de-bill', 'Verwaltung', 'LabNord Diagnostik GmbH', 'Fraunhoferstraße 13', '24118', 'Kiel', 'DE')],
    [
      address('ad-labnord-de-lab', 'Labor Kiel', 'LabNord Diagnostik GmbH', 'Fraunhoferstraße 13', '24118', 'Kiel', 'DE'),
      address('ad-labnord-de-practice', 'Praxis Lübeck', 'LabNord Diagnostik GmbH', 'Holstenstraße 2', '23552', 'Lübeck', 'DE'),
    ],
    [
      center('cc-labnord-lab', 'Labor', 250000, 'monthly', 'EUR'),
      center('cc-labnord-practice', 'Praxisbedarf', 100000, 'monthly', 'EUR'),
    ],
    2000000,
  ),
  account(
    'acc-labnord-at',
    'co-labnord',
    'LabNord Diagnostik GmbH, Wien',
    'cg-lab',
    'EUR',
    [address('ad-labnord-at-bill', 'Niederlassung Wien', 'LabNord Diagnostik GmbH', 'Mariahilfer Straße 99', '1060', 'Wien', 'AT')],
    [address('ad-labnord-at-lab', 'Labor Wien', 'LabNord Diagnostik GmbH', 'Mariahilfer Straße 99', '1060', 'Wien', 'AT')],
    [center('cc-labnord-at-lab', 'Labor Wien', 150000, 'quarterly', 'EUR')],
    1000000,
  ),
];

const user = (
  id: string,
  email: string,
  name: string,
  companyId: string,
  roles: Role[],
  accountIds: string[],
  spendingLimit: number | null,
  approvalLimit: number | null,
): SeedUser => ({
  id,
  email,
  name,
  companyId,
  roles,
  accountIds,
  spendingLimit: spendingLimit === null ? null : money(spendingLimit, 'EUR'),
  approvalLimit: approvalLimit === null ? null : money(approvalLimit, 'EUR'),
  password: DEMO_PASSWORD,
});

const MUELLER = ['acc-mueller-de', 'acc-mueller-at', 'acc-mueller-ch'];
const HANSEN = ['acc-hansen-de', 'acc-hansen-ch'];
const LABNORD = ['acc-labnord-de', 'acc-labnord-at'];

/** Demo users: buyers, approvers and admins in each company. */
export const USERS: readonly SeedUser[] = [
  user('u-mueller-buyer', 'einkauf@mueller.example', 'Jana Becker', 'co-mueller', ['buyer'], MUELLER, 250000, null),
  user('u-mueller-buyer2', 'werk2@mueller.example', 'Tobias Wendt', 'co-mueller', ['buyer'], ['acc-mueller-de'], 50000, null),
  user('u-mueller-approver', 'freigabe@mueller.example', 'Dr. Petra Lang', 'co-mueller', ['buyer', 'approver'], MUELLER, 1000000, 5000000),
  user('u-mueller-approver2', 'leitung@mueller.example', 'Klaus Müller', 'co-mueller', ['approver'], MUELLER, null, 50000000),
  user('u-mueller-admin', 'admin@mueller.example', 'Sabine Roth', 'co-mueller', ['admin', 'buyer'], MUELLER, 500000, null),
  user('u-hansen-buyer', 'buyer@hansen.example', 'Ole Hansen', 'co-hansen', ['buyer'], HANSEN, 300000, null),
  user('u-hansen-approver', 'approver@hansen.example', 'Mette Sørensen', 'co-hansen', ['buyer', 'approver'], HANSEN, 1500000, 3000000),
  user('u-hansen-admin', 'admin@hansen.example', 'Lars Petersen', 'co-hansen', ['admin'], HANSEN, null, null),
  user('u-labnord-buyer', 'labor@labnord.example', 'Aylin Demir', 'co-labnord', ['buyer'], LABNORD, 100000, null),
  user('u-labnord-approver', 'leitung@labnord.example', 'Prof. Ingrid Weber', 'co-labnord', ['buyer', 'approver'], LABNORD, 500000, 2000000),
  user('u-labnord-admin', 'admin@labnord.example', 'Jonas Frank', 'co-labnord', ['admin'], LABNORD, null, null),
];
