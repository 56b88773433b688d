// The customers the contract suite and the demo log in as, created through Vendure's own
// Shop API (registration, login, address book) so that they are ordinary customers.

/** Registered customers; every one has a default billing and shipping address in Germany. */
export const FIXTURE_CUSTOMERS = [
  {
    emailAddress: 'buyer@kontor.test',
    password: 'kontor-buyer',
    firstName: 'Berta',
    lastName: 'Buyer',
    company: 'Kontor Test Industries GmbH',
    streetLine1: 'Hafenstraße 12',
    city: 'Hamburg',
    postalCode: '20457',
  },
  {
    emailAddress: 'other@kontor.test',
    password: 'kontor-other',
    firstName: 'Otto',
    lastName: 'Other',
    company: 'Andere Werkstatt AG',
    streetLine1: 'Werkstraße 3',
    city: 'Köln',
    postalCode: '50667',
  },
];

async function call(shopApi, query, variables, token) {
  const response = await fetch(shopApi, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`${query.slice(0, 40)}…: ${body.errors[0].message}`);
  return { data: body.data, token: response.headers.get('vendure-auth-token') ?? token };
}

/** Registers each fixture customer once (a second start finds them) and gives them an address. */
export async function createFixtures(shopApi) {
  for (const customer of FIXTURE_CUSTOMERS) {
    const { emailAddress, password, firstName, lastName } = customer;
    await call(
      shopApi,
      `mutation ($input: RegisterCustomerInput!) { registerCustomerAccount(input: $input) { __typename ... on ErrorResult { message } } }`,
      { input: { emailAddress, password, firstName, lastName } },
    );
    const login = await call(
      shopApi,
      `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { __typename ... on ErrorResult { message } } }`,
      { u: emailAddress, p: password },
    );
    if (login.data.login.__typename !== 'CurrentUser') throw new Error(`fixture ${emailAddress}: ${login.data.login.message}`);
    const { data } = await call(shopApi, '{ activeCustomer { addresses { id } } }', {}, login.token);
    if (data.activeCustomer.addresses.length > 0) continue;
    await call(
      shopApi,
      `mutation ($input: CreateAddressInput!) { createCustomerAddress(input: $input) { id } }`,
      {
        input: {
          fullName: `${firstName} ${lastName}`,
          company: customer.company,
          streetLine1: customer.streetLine1,
          city: customer.city,
          postalCode: customer.postalCode,
          countryCode: 'DE',
          defaultShippingAddress: true,
          defaultBillingAddress: true,
        },
      },
      login.token,
    );
  }
}
