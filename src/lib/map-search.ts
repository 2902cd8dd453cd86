/**
 * A map search for a place the site has no address for. It is a plain link: the map
 * opens only when a reader taps it, so our page makes no request to the map's site and
 * embeds nothing. Google Maps' documented search URL opens the Maps app on Android
 * phones and the website elsewhere.
 * https://developers.google.com/maps/documentation/urls/get-started#search-action
 */
export function mapSearchUrl(query: string): string {
  return `https://www.google.com/maps/search/?${new URLSearchParams({ api: '1', query: query.trim() }).toString()}`;
}
