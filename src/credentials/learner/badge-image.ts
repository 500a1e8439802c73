import { Resvg } from '@resvg/resvg-js'

/** Side of the badge image in pixels: large enough for profiles, small enough to bake quickly. */
export const BADGE_SIZE_PX = 256

/** A round badge image naming the achievement, as PNG. */
export function badgePng(achievementName: string, kind: string): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${BADGE_SIZE_PX}" height="${BADGE_SIZE_PX}" viewBox="0 0 256 256">
  <circle cx="128" cy="128" r="120" fill="#1d4ed8"/>
  <circle cx="128" cy="128" r="104" fill="none" stroke="#bfdbfe" stroke-width="4"/>
  <text x="128" y="118" font-family="sans-serif" font-size="22" font-weight="bold" fill="#ffffff" text-anchor="middle">${escapeXml(shorten(achievementName))}</text>
  <text x="128" y="150" font-family="sans-serif" font-size="14" fill="#dbeafe" text-anchor="middle">${escapeXml(kind)}</text>
  <text x="128" y="176" font-family="sans-serif" font-size="12" fill="#dbeafe" text-anchor="middle">SkillSignal</text>
</svg>`
  return new Resvg(svg, { font: { loadSystemFonts: true } }).render().asPng()
}

function shorten(name: string): string {
  return name.length > 18 ? `${name.slice(0, 17)}…` : name
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
}
