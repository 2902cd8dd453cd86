/**
 * Sharing a page the way news travels in a village: a WhatsApp link, no script. wa.me
 * with only `text` opens WhatsApp with the message written and lets the reader pick the
 * chat; the link preview comes from the page's Open Graph tags.
 */
export function whatsappShareHref(message: string): string {
  return `https://wa.me/?text=${encodeURIComponent(message)}`;
}
