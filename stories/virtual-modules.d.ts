/** A listing tag with its server-drawn first results (.storybook/drawn-listing.ts). */
declare module 'virtual:kontor-drawn-listing' {
  const drawnListingTag: string;
  export default drawnListingTag;
}
