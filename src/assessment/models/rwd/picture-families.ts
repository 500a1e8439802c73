import { ascending, choose, family, fmt, IMAGES, px, type RwdFamily, site } from './rwd-text.js'

/**
 * Art direction and layout stability: a <picture> uses the first <source> whose media and type
 * match, else its <img> (HTML Standard §4.8.4.3, "update the source set"); width and height
 * attributes give an image an aspect ratio before it loads (§15.3.7 maps them to aspect-ratio:
 * auto w / h), and aspect-ratio sizes a box from its width (CSS Box Sizing 4, §6.1). The mistakes:
 * the last or the widest matching source winning, the fallback taken too soon, ratios inverted.
 */
export const PICTURE_FAMILIES: readonly RwdFamily[] = [
  family('picture-first-matching-source', (rng) => {
    const name = rng.pick(IMAGES)
    const bps = ascending(rng, [480, 600, 640, 768, 900, 1024, 1200], 3)
    const crops = rng.shuffle(['wide', 'square', 'tall', 'panorama', 'detail'])
    const f = (crop: string) => `${name}-${crop}.jpg`
    const fallback = f(crops[3]!)
    const listed = bps.map((m, i): [number, string] => [m, f(crops[i]!)])
    // Widest first is the order that works; a stylesheet habit lists them narrowest first.
    const sources = rng.next() < 0.5 ? listed.reverse() : listed
    const widths = [
      rng.pick([bps[0]!, bps[1]!, bps[1]! + rng.int(1, 60)]),
      rng.pick([bps[2]!, bps[2]! + rng.int(1, 300)]),
    ]
    const html = sources
      .map(([m, file]) => `<source media="(min-width: ${m}px)" srcset="${file}">`)
      .join('')
    const at = (choice: (w: number) => string | undefined) =>
      widths.map((w) => `${choice(w) ?? fallback} at ${w}px`).join(', ')
    const hits = (w: number) => sources.filter(([m]) => w >= m)
    return choose(rng, {
      stem: `On ${site(rng)}: <picture>${html}<img src="${fallback}" alt=""></picture>. Which file shows in a viewport ${widths[0]} CSS px wide, and which at ${widths[1]} px?`,
      key: at((w) => hits(w)[0]?.[1]),
      wrong: [
        [
          at((w) => hits(w).at(-1)?.[1]),
          'takes the last matching source, as the CSS cascade would',
        ],
        [
          at((w) => [...hits(w)].sort((x, y) => y[0] - x[0])[0]?.[1]),
          'takes the widest matching breakpoint whatever the order',
        ],
        [at(() => fallback), 'expects the img to win over its sources'],
        [at((w) => sources.find(([m]) => w <= m)?.[1]), 'reads min-width as max-width'],
      ],
      facts: { kind: 'picture', sources, fallback, widths },
    })
  }),
  family('picture-type-fallback', (rng) => {
    const name = rng.pick(IMAGES)
    const browser = rng.pick([
      ['supports WebP but not AVIF', 'webp'],
      ['supports both AVIF and WebP', 'avif'],
      ['supports neither AVIF nor WebP', 'jpg'],
    ] as const)
    return choose(rng, {
      stem: `The markup <picture><source type="image/avif" srcset="${name}.avif"><source type="image/webp" srcset="${name}.webp"><img src="${name}.jpg" alt=""></picture> shows a photo on ${site(rng)}. A visitor’s browser ${browser[0]}. Which file does it load?`,
      key: `${name}.${browser[1]}`,
      wrong: [
        [`${name}.avif`, 'takes the first source whatever its type'],
        [`${name}.jpg`, 'expects the img’s src to load whenever sources exist'],
        [`${name}.webp`, 'expects the last supported source to win'],
        [`${name}.avif and ${name}.webp`, 'expects every supported source to download'],
      ],
      facts: {
        kind: 'rule',
        source: 'HTML Standard §4.8.4.3: first source whose type is supported',
      },
    })
  }),
  family('reserved-height-from-attributes', (rng) => {
    const [w, h] = rng.pick([
      [1600, 900],
      [1200, 800],
      [1000, 750],
      [800, 1000],
      [1920, 1080],
    ] as const)
    const col = rng.pick([320, 360, 480, 640, 720])
    return choose(rng, {
      stem: `An image, <img src="photo.jpg" width="${w}" height="${h}" alt="">, sits in a ${col}px column, styled img { width: 100%; height: auto }. Before the file arrives, how tall a box does the browser reserve?`,
      key: px((col * h) / w),
      wrong: [
        [px(h), 'keeps the height attribute as a fixed height'],
        ['0px', 'expects height: auto to discard the attributes until the image loads'],
        [px((col * w) / h), 'inverts the aspect ratio'],
        [px(col), 'reserves a square'],
      ],
      facts: { kind: 'ratio', width: col, ratio: [w, h] },
    })
  }),
  family('aspect-ratio-height', (rng) => {
    const [a, b] = rng.pick([
      [16, 9],
      [4, 3],
      [3, 2],
      [21, 9],
      [1, 1],
      [4, 5],
    ] as const)
    const w = rng.pick([320, 360, 480, 640, 720, 960])
    return choose(rng, {
      stem: `A video frame on ${site(rng)} is width: 100%; aspect-ratio: ${a} / ${b} in a ${w}px-wide column. How tall is it?`,
      key: px((w * b) / a),
      wrong: [
        [px((w * a) / b), 'reads the ratio as height over width'],
        [px(b * 100), 'reads the ratio figures as hundreds of pixels'],
        [px((w * b) / (a + b)), 'divides by the sum of the terms'],
        [px(w), 'takes the box as square'],
      ],
      facts: { kind: 'ratio', width: w, ratio: [a, b] },
    })
  }),
  family('width-height-why', (rng) => {
    return choose(rng, {
      stem: `A page speed report flags images on ${site(rng)} for layout shift. The images are fluid (max-width: 100%; height: auto). Why add width and height attributes?`,
      key: 'They give the ratio, reserving space',
      wrong: [
        ['They compress it', 'confuses sizing with file compression'],
        [
          'They stop the image from ever being wider than its width attribute on large screens',
          'expects the attributes to cap the size',
        ],
        ['They fix the images at those pixel sizes', 'expects the attributes to override the CSS'],
        ['They make the browser pick a smaller file', 'confuses them with srcset and sizes'],
        ['They let lazy loading start sooner', 'confuses them with loading hints'],
        ['They are needed for alt text to be read', 'confuses sizing with accessibility'],
      ],
      facts: { kind: 'rule', source: 'HTML Standard §15.3.7; web.dev CLS guidance' },
    })
  }),
  family('object-fit-crop', (rng) => {
    return choose(rng, {
      stem: `Team photos of mixed shapes on ${site(rng)} must fill identical square frames, cropped where needed and never stretched. Which declaration on the img does that?`,
      key: 'object-fit: cover',
      wrong: [
        ['background-size: contain', 'letterboxes a background, and an img has none'],
        ['object-position: cover', 'gives a fit keyword to object-position'],
        ['object-fit: crop', 'uses a value object-fit does not define'],
        ['object-fit: contain', 'letterboxes the photo instead of filling the frame'],
        ['object-fit: fill', 'stretches the photo to the frame'],
        ['background-size: cover', 'applies a background property to an img element'],
        ['object-fit: scale-down', 'shrinks without filling the frame'],
      ],
      facts: { kind: 'rule', source: 'CSS Images 3, §5.5 object-fit' },
      code: true,
    })
  }),
  family('hero-image-loading', (rng) => {
    return choose(rng, {
      stem: `The hero photo at the top of ${site(rng)} is the page’s largest contentful paint. Which attributes suit its img?`,
      key: 'fetchpriority="high", without loading="lazy"',
      wrong: [
        [
          'loading="lazy" and fetchpriority="high" together, so it loads lazily but fast',
          'lazy-loads the image the visitor sees first',
        ],
        [
          'loading="eager" and decoding="async" with fetchpriority="low"',
          'lowers the priority of the key image',
        ],
        ['decoding="sync"', 'confuses decoding with fetching'],
        ['loading="lazy" to save data', 'lazy-loads the image the visitor sees first'],
        ['decoding="async" and loading="lazy"', 'lazy-loads the image the visitor sees first'],
        ['fetchpriority="low", as it is large', 'lowers the priority of the key image'],
        ['hidden until the page has loaded', 'delays the largest paint on purpose'],
      ],
      facts: {
        kind: 'rule',
        source: 'HTML Standard §2.5.7 (lazy loading), §2.5.8 (fetchpriority); web.dev LCP',
      },
    })
  }),
  family('art-direction-or-resolution', (rng) => {
    return choose(rng, {
      stem: `On phones, ${site(rng)} must show a tighter crop of its banner photo, not just a smaller file. Which markup does that?`,
      key: '<picture> with <source media>',
      wrong: [
        ['<img sizes>', 'confuses slot sizes with crops'],
        [
          '<img srcset> with each crop listed, letting the browser pick the right crop',
          'expects srcset to choose between different crops',
        ],
        [
          '<img srcset> with w descriptors and sizes',
          'lets the browser pick files it treats as the same picture',
        ],
        ['CSS object-fit: cover on the img', 'crops only by the frame, not by a chosen focus'],
        ['<img srcset> with 1x and 2x descriptors', 'switches resolution, not the crop'],
        ['Two imgs, one hidden by a media query', 'downloads both images'],
      ],
      facts: { kind: 'rule', source: 'HTML Standard §4.8.4.1, art direction with picture' },
    })
  }),
  family('fixed-size-logo-srcset', (rng) => {
    const w = rng.pick([120, 140, 160, 200])
    return choose(rng, {
      stem: `A logo on ${site(rng)} always displays at ${w} CSS px wide. Which srcset gives 2x screens logo-${w * 2}.png while 1x screens keep logo-${w}.png? (Any other markup the image needs is in place.)`,
      // x descriptors, or w descriptors with a sizes that states the fixed slot: both give
      // densities 1 and 2 (HTML §4.8.4.3); which one the key shows is drawn.
      key: rng.pick([
        `srcset="logo-${w}.png 1x, logo-${w * 2}.png 2x"`,
        `srcset="logo-${w}.png ${w}w, logo-${w * 2}.png ${w * 2}w" sizes="${w}px"`,
      ]),
      wrong: [
        [`srcset="logo-${w * 2}.png"`, 'gives one large file with no descriptor, read as 1x'],
        [`srcset="logo-${w * 2}.png 1x, logo-${w}.png 2x"`, 'labels the small file as the 2x one'],
        [
          `srcset="logo-${w}.png ${w}w, logo-${w * 2}.png ${w * 2}w"`,
          'uses w descriptors without sizes, so the slot is 100vw',
        ],
        [
          `srcset="logo-${w}.png ${w}px, logo-${w * 2}.png ${w * 2}px"`,
          'writes px where srcset takes w or x',
        ],
        [
          `srcset="logo-${w}.png 1dppx, logo-${w * 2}.png 2dppx"`,
          'carries CSS resolution units into srcset',
        ],
        [
          `srcset="logo-${w}.png, logo-${w * 2}.png"`,
          'leaves out the descriptors, so both files claim 1x',
        ],
        [
          `srcset="logo-${w}.png 100%, logo-${w * 2}.png 200%"`,
          'writes densities as percentages, which srcset does not take',
        ],
        [
          `srcset="logo-${w}.png 0.5x, logo-${w * 2}.png 1x"`,
          'labels the files relative to the large one, so 1x screens get the large file',
        ],
      ],
      facts: { kind: 'rule', source: 'HTML Standard §4.8.4.2 (srcset descriptors)' },
      code: true,
    })
  }),
  family('css-background-resolution', (rng) => {
    const name = rng.pick(IMAGES)
    return choose(rng, {
      stem: `A decorative CSS background on ${site(rng)} needs a 1x and a 2x file, letting the browser choose. Which value does it?`,
      key: `image-set("${name}.png" 1x, "${name}@2x.png" 2x)`,
      wrong: [
        [
          `image-set("${name}.png", "${name}@2x.png")`,
          'leaves out the resolutions, so both count as 1x',
        ],
        [`srcset("${name}.png" 1x, "${name}@2x.png" 2x)`, 'carries the HTML attribute into CSS'],
        [
          `url("${name}.png" 1x, "${name}@2x.png" 2x)`,
          'gives url() a candidate list it does not take',
        ],
        [
          `cross-fade("${name}.png" 1x, "${name}@2x.png" 2x)`,
          'confuses blending images with choosing one',
        ],
      ],
      facts: { kind: 'rule', source: 'CSS Images 4, §2.2 image-set()' },
      code: true,
    })
  }),
]

/** Markup details of responsive images that a designer gets wrong (HTML Standard §4.8.1–4.8.4). */
export const IMAGE_MARKUP_FAMILIES: readonly RwdFamily[] = [
  family('lazy-offscreen-images', (rng) => {
    const n = rng.int(24, 80)
    return choose(rng, {
      stem: `${site(rng).replace(/^a/, 'A')} shows ${n} gallery photos, most far below the first screen on phones. Which markup defers loading them until the visitor scrolls near them, with no script?`,
      key: 'loading="lazy"',
      wrong: [
        ['fetchpriority="high"', 'raises the priority of images nobody sees yet'],
        ['decoding="async"', 'confuses decoding with fetching'],
        ['loading="eager"', 'asks for every image at once, the default'],
        ['defer', 'borrows the attribute of script elements'],
        ['lazy', 'writes the value without its attribute'],
        ['a srcset with one candidate', 'confuses resolution switching with deferral'],
      ],
      facts: { kind: 'rule', source: 'HTML Standard §2.5.7, lazy loading attributes' },
    })
  }),
  family('alt-on-the-img', (rng) => {
    return choose(rng, {
      stem: `A <picture> on ${site(rng)} has two <source> elements and an <img>. Where does the text alternative go?`,
      key: 'On the img element',
      wrong: [
        ['On source', 'gives source an attribute it does not have'],
        ['In CSS', 'believes text alternatives can live in a stylesheet'],
        [
          'On the first source, which the browser reads before the img',
          'gives source an attribute it does not have',
        ],
        [
          'In an aria-label on every source element inside the picture',
          'labels elements that are not rendered',
        ],
        ['On each source, one per file', 'gives source an attribute it does not have'],
        ['On the picture element', 'gives picture an attribute it does not use'],
        ['In a title on the picture', 'confuses a tooltip with alt text'],
        ['Nowhere: picture is decorative', 'believes picture images need no alternative'],
      ],
      facts: { kind: 'rule', source: 'HTML Standard §4.8.1 (picture), §4.8.4.4 (alt)' },
    })
  }),
  family('height-auto-with-attributes', (rng) => {
    const [w, h] = rng.pick([
      [1200, 800],
      [1600, 900],
      [1000, 1000],
    ] as const)
    const col = rng.pick([320, 360, 400])
    return choose(rng, {
      stem: `An image, <img width="${w}" height="${h}">, is styled max-width: 100% with no height rule, in a ${col}px column. How tall does it display?`,
      key: `${h}px: the height attribute still applies`,
      wrong: [
        [
          `${fmt((col * h) / w)}px, since max-width scales both sides in proportion`,
          'forgets height: auto, which the ratio needs',
        ],
        // A square image's width attribute, or inverted ratio, gives the key's or another
        // option's figure, so those two mistakes are drawn only for oblong images.
        ...(w === h
          ? []
          : ([
              [`${w}px, as wide as its attribute`, 'confuses the two attributes'],
              [
                `${fmt((col * w) / h)}px, scaled to the column by the ratio`,
                'inverts the aspect ratio when scaling',
              ],
            ] as const)),
        [`${col}px, a square`, 'expects max-width to square the image'],
        [
          '0px until the file loads',
          'expects the box to wait for the file, though the attributes size it',
        ],
      ],
      facts: {
        kind: 'img-attributes',
        width: w,
        height: h,
        column: col,
        source: 'HTML Standard §15.3.7: width and height map to presentational hints',
      },
    })
  }),
]
