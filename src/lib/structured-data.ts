import { openingHoursSpecification, type OpeningHours } from './hours.ts';
import type {
  AdministrativeArea,
  BreadcrumbList,
  FAQPage,
  GovernmentOffice,
  GovernmentOrganization,
  GovernmentService,
  Place,
  WebSite,
  WithContext,
} from 'schema-dts';
import type { VillageArea } from './regions.ts';

/**
 * JSON-LD for search engines, typed with schema-dts so a misspelt property or a
 * wrong type fails the type check. Pure: pages pass in names and absolute URLs.
 */

export type JsonLd = WithContext<
  BreadcrumbList | FAQPage | GovernmentOffice | GovernmentOrganization | GovernmentService | Place | WebSite
>;

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** The ministry that runs the program; named as an institution, never a person. */
export function ministry(): Exclude<GovernmentOrganization, string> {
  return {
    '@type': 'GovernmentOrganization',
    name: 'Kementerian Imigrasi dan Pemasyarakatan Republik Indonesia',
    alternateName: 'Kementerian Imipas',
    areaServed: { '@type': 'Country', name: 'Indonesia' },
  };
}

export function breadcrumbList(items: { name: string; url: string }[]): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
  };
}

export function website(options: { name: string; url: string; locale: string; searchUrl: string }): WithContext<WebSite> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: options.name,
    url: options.url,
    inLanguage: options.locale,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${options.searchUrl}?q={search_term_string}` },
    },
  };
}

export function organization(url: string): WithContext<GovernmentOrganization> {
  return { '@context': 'https://schema.org', ...ministry(), url };
}

export function passportService(options: { name: string; description: string; url: string }): WithContext<GovernmentService> {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: options.name,
    description: options.description,
    url: options.url,
    serviceType: 'Paspor biasa (ordinary passport)',
    areaServed: { '@type': 'Country', name: 'Indonesia' },
    provider: { '@type': 'GovernmentOrganization', name: 'Direktorat Jenderal Imigrasi', parentOrganization: ministry() },
  };
}

export function faqPage(items: { q: string; a: string }[], locale: string): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: locale,
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.q,
      acceptedAnswer: { '@type': 'Answer', text: item.a },
    })),
  };
}

function areaChain(area: VillageArea): AdministrativeArea {
  return {
    '@type': 'AdministrativeArea',
    name: `Kecamatan ${area.district.name}`,
    identifier: area.district.code,
    containedInPlace: {
      '@type': 'AdministrativeArea',
      name: area.regency.name,
      identifier: area.regency.code,
      containedInPlace: {
        '@type': 'AdministrativeArea',
        name: area.province.name,
        identifier: area.province.code,
        containedInPlace: { '@type': 'Country', name: 'Indonesia' },
      },
    },
  };
}

export function villagePlace(area: VillageArea, name: string, url: string): WithContext<Place> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Place',
    name,
    url,
    identifier: area.code,
    address: {
      '@type': 'PostalAddress',
      addressLocality: area.name,
      addressRegion: area.province.name,
      addressCountry: 'ID',
    },
    containedInPlace: areaChain(area),
  };
}

export interface OfficeFacts {
  name: string;
  url: string;
  address?: string | undefined;
  regency: string;
  province: string;
  phone?: string | undefined;
  /** WhatsApp lines, each with what it is for in the page's language when the office says. */
  whatsapp?: readonly { number: string; label?: string | undefined }[];
  email?: string | undefined;
  website?: string | undefined;
  hours: readonly OpeningHours[];
}

export function governmentOffice(office: OfficeFacts): WithContext<GovernmentOffice> {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOffice',
    name: office.name,
    url: office.url,
    address: {
      '@type': 'PostalAddress',
      ...(office.address && { streetAddress: office.address }),
      addressLocality: office.regency,
      addressRegion: office.province,
      addressCountry: 'ID',
    },
    ...(office.phone && { telephone: office.phone }),
    ...(office.whatsapp &&
      office.whatsapp.length > 0 && {
        contactPoint: office.whatsapp.map((line) => ({
          '@type': 'ContactPoint' as const,
          telephone: line.number,
          contactType: line.label ? `WhatsApp: ${line.label}` : 'WhatsApp',
        })),
      }),
    ...(office.email && { email: office.email }),
    ...(office.website && { sameAs: office.website }),
    ...(office.hours.length > 0 && { openingHoursSpecification: openingHoursSpecification(office.hours) }),
    parentOrganization: ministry(),
  };
}
