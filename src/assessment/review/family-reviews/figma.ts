import type { TestFamilyReview } from '../family-review.js'

/**
 * The independent review of every family of the `figma` test (Figma for product designers: auto
 * layout, constraints, components, variables, grids and export, prototyping and handoff), read as
 * a product designer and a psychometrician against help.figma.com ("Explore auto layout
 * properties", "Apply constraints", "Combine layout guides and constraints", "Modes for
 * variables", "Prototype scroll and overflow behavior"), the Figma plugin API reference
 * (itemReverseZIndex, layoutSizingHorizontal, ExportSettingsConstraints), developer.android.com's
 * density table and Bjango's comparison of Figma and CSS shadows: 100 submitted, 100 kept, none
 * deleted. Each family was drawn and read (stem, key, every distractor and its named mistake).
 *
 * Facts checked with the search tools. Confirmed: negative spacing and canvas stacking First on
 * top (plugin API itemReverseZIndex, with itemSpacing -20 in its example); hidden layers leave the
 * flow ("lists that adapt as items are added, removed, or hidden"); Fill container children share
 * the free space equally (flex-grow 1 each; Dev Mode's `flex: 1 0 0` seen in generated CSS, not in
 * an official page); export to a fixed width (512w) scales the height in proportion and PDF is an
 * export format (plugin API ExportSettings); row grids typed Top (a published Figma API binding
 * gives rows a start-aligned type, the panel's Top; no official page found); Position Fixed and
 * Sticky (help.figma.com, scroll behavior: objects fixed in place, sticky objects held at the top
 * once scrolled past); Push changes to main component (menu Object > Main component, help article
 * 360039150733, seen in secondary sources only); Expose nested instances ("Expose properties from
 * > Nested instances", secondary sources); a layer inherits the mode of its nearest ancestor that
 * sets one (Grammarly's account of mode inheritance); Figma's drop shadow blur equals CSS
 * box-shadow's blur radius (Bjango: drop shadows match across CSS, Sketch and Figma; only layer
 * and background blurs differ), so the halved-blur distractor stays a mistake; Android densities
 * 1x, 1.5x, 2x, 3x, 4x. Restated: that a collection's first mode is its default was not found in
 * official text, so the three mode-resolution stems now name the default mode outright.
 *
 * Fixed in place (8 families, one of them twice) before the fingerprints were taken.
 * Well-formedness (3): the constraint size families offered widths and heights of zero or less
 * (Left and right applied to a shrinking frame gave "-176 px"), which no one reports and which any
 * candidate strikes out; they are dropped, and "grows the layer by half the change" now reads
 * "changes the layer's size by half the change", true for shrinking frames too. Facts (3): the
 * mode stems, as above. Stem (1): the variable-scoping stem was ungrammatical. Key test (1): the
 * Center grid's facts carry its margin. Key test strengthened: beyond "no distractor is the key",
 * every distractor of every computed family (auto layout, nested hug, constraints, grids, export
 * and density sizes) is now worked again from its named mistake, the mistake applied to the facts
 * (padding or spacing dropped, another constraint, another factor) and the key test's own layout
 * engine run on them, or the slip applied to that engine's true answer where no setting makes it;
 * a mistake with no re-derivation fails the test, and a deliberately broken distractor was seen to
 * fail it. Kept after judging: the setting families' glosses are the confusions designers make;
 * the Center grid stem's "margin field shows" is a deliberate lure the key test now re-derives.
 * Cues (1): after the negative widths were dropped, Scale's size family reached 0.52 on the middle
 * value; it gained the named slip "gives the scaled X, not the scaled width". Now no family is
 * over 0.50 on any rule and every rule's mean is at most 0.27 (300 draws a family).
 */
export const FIGMA_REVIEW: TestFamilyReview = {
  testId: 'figma',
  reviewer: 'independent reviewer',
  reviewedOn: '2026-12-05',
  families: {
    'figma-auto-layout/hug-row-width': {
      verdict: 'ok',
      fingerprint: '48f98ba01931201e',
    },
    'figma-auto-layout/hug-column-height': {
      verdict: 'ok',
      fingerprint: '29736bf9e5f6588d',
    },
    'figma-auto-layout/fill-one-child': {
      verdict: 'ok',
      fingerprint: '10206b349149efd0',
    },
    'figma-auto-layout/fill-two-children': {
      verdict: 'ok',
      fingerprint: 'a065ebe89472e841',
    },
    'figma-auto-layout/auto-spacing-gap': {
      verdict: 'ok',
      fingerprint: '98304cc88101da3e',
    },
    'figma-auto-layout/absolute-child-out-of-flow': {
      verdict: 'ok',
      fingerprint: '45e24e082a51b82a',
    },
    'figma-auto-layout/hidden-child-out-of-flow': {
      verdict: 'ok',
      fingerprint: '03486532d960ddac',
    },
    'figma-auto-layout/child-x-position': {
      verdict: 'ok',
      fingerprint: 'd11b5dae810f3db1',
    },
    'figma-auto-layout/cross-axis-center': {
      verdict: 'ok',
      fingerprint: 'c6aa7d49ef3e53ce',
    },
    'figma-auto-layout/min-width-on-hug': {
      verdict: 'ok',
      fingerprint: '0c064be4335c9742',
    },
    'figma-auto-layout/wrap-narrowest-width': {
      verdict: 'ok',
      fingerprint: 'f2e56800b0c514c1',
    },
    'figma-auto-layout/wrap-hug-height': {
      verdict: 'ok',
      fingerprint: '964eecc904581ba1',
    },
    'figma-auto-layout/negative-spacing-overlap': {
      verdict: 'ok',
      fingerprint: 'a662ddc9c84b61e1',
    },
    'figma-auto-layout/fill-height-in-column': {
      verdict: 'ok',
      fingerprint: 'b3a960896863bcc5',
    },
    'figma-auto-layout/nested-hug-card': {
      verdict: 'ok',
      fingerprint: '5caaad70fff4e593',
    },
    'figma-auto-layout/space-between-last-x': {
      verdict: 'ok',
      fingerprint: '52ecd9cf52e1aa66',
    },
    'figma-auto-layout/setting-hug-contents': {
      verdict: 'ok',
      fingerprint: 'b34443a8756995a9',
    },
    'figma-auto-layout/setting-fill-container': {
      verdict: 'ok',
      fingerprint: 'a8a606c35419fe98',
    },
    'figma-auto-layout/setting-fixed-size': {
      verdict: 'ok',
      fingerprint: '3d3002c379764243',
    },
    'figma-auto-layout/setting-auto-spacing': {
      verdict: 'ok',
      fingerprint: '63d45cb03a241cd1',
    },
    'figma-auto-layout/setting-absolute-position': {
      verdict: 'ok',
      fingerprint: '2f79b72e4b9d373c',
    },
    'figma-auto-layout/setting-wrap': {
      verdict: 'ok',
      fingerprint: 'ebdbddc5474d70bc',
    },
    'figma-auto-layout/setting-max-width': {
      verdict: 'ok',
      fingerprint: '2ad934cfa610e520',
    },
    'figma-auto-layout/setting-canvas-stacking': {
      verdict: 'ok',
      fingerprint: '4076cd0c7dbf572b',
      note: 'First on top confirmed by the plugin API (itemReverseZIndex: first child drawn on top; itemSpacing may be negative).',
    },
    'figma-constraints/right-x-position': {
      verdict: 'ok',
      fingerprint: '8eabcdac0970d625',
    },
    'figma-constraints/left-and-right-x-size': {
      verdict: 'ok',
      fingerprint: '86920c7a3565df9a',
      note: 'Distractors of zero or negative width (Left and right on a shrinking frame) dropped; the half-change slip reworded to fit shrinking frames.',
    },
    'figma-constraints/center-x-position': {
      verdict: 'ok',
      fingerprint: '5a79aea1b40148d0',
    },
    'figma-constraints/scale-x-position': {
      verdict: 'ok',
      fingerprint: 'e862ea9ec9b86323',
    },
    'figma-constraints/scale-x-size': {
      verdict: 'ok',
      fingerprint: 'e25d079eb767fae2',
      note: 'Distractors of zero or negative width dropped (Left and right on a shrinking frame gave -176 px); the half-change slip reworded; the scaled-X slip added against the middle-value cue.',
    },
    'figma-constraints/bottom-y-position': {
      verdict: 'ok',
      fingerprint: 'dbd3ca3b5cc8d391',
    },
    'figma-constraints/top-and-bottom-y-size': {
      verdict: 'ok',
      fingerprint: 'fab308c25a9032a7',
      note: 'Distractors of zero or negative height dropped; the half-change slip reworded.',
    },
    'figma-constraints/center-y-position': {
      verdict: 'ok',
      fingerprint: 'd3d7396efc900559',
    },
    'figma-constraints/constraint-right': {
      verdict: 'ok',
      fingerprint: '0aa3f62a2024787f',
    },
    'figma-constraints/constraint-left-and-right': {
      verdict: 'ok',
      fingerprint: '8a1ab1bf72c263fc',
    },
    'figma-constraints/constraint-center': {
      verdict: 'ok',
      fingerprint: 'f247b5127e15154b',
    },
    'figma-constraints/constraint-scale': {
      verdict: 'ok',
      fingerprint: '317f331a8c8e8198',
    },
    'figma-constraints/constraint-bottom': {
      verdict: 'ok',
      fingerprint: '3d69d299c834c927',
    },
    'figma-constraints/constraint-top-and-bottom': {
      verdict: 'ok',
      fingerprint: '2467fbc31bc0edd8',
    },
    'figma-components/variants-to-build': {
      verdict: 'ok',
      fingerprint: 'c6f0672cb27f5683',
    },
    'figma-components/variants-with-boolean-variant': {
      verdict: 'ok',
      fingerprint: '841d48dc8e0e304b',
    },
    'figma-components/variant-layer-name': {
      verdict: 'ok',
      fingerprint: '9c687b5b42b83cc2',
    },
    'figma-components/override-after-main-edit': {
      verdict: 'ok',
      fingerprint: 'a195fedee72a7740',
    },
    'figma-components/property-a-boolean-property': {
      verdict: 'ok',
      fingerprint: '614cbbfd557e29da',
    },
    'figma-components/property-a-text-property': {
      verdict: 'ok',
      fingerprint: 'f1c90ff0e8f7df92',
    },
    'figma-components/property-an-instance-swap-property': {
      verdict: 'ok',
      fingerprint: '47ccee1dcb8d9ded',
    },
    'figma-components/property-a-variant-property': {
      verdict: 'ok',
      fingerprint: '22e56c8639ad65c0',
    },
    'figma-components/property-preferred-values': {
      verdict: 'ok',
      fingerprint: '28a32a95381e7648',
    },
    'figma-components/property-exposed-nested-instances': {
      verdict: 'ok',
      fingerprint: '99088e72b97f4daa',
    },
    'figma-components/action-detach-instance': {
      verdict: 'ok',
      fingerprint: 'a25c1b76fe601673',
    },
    'figma-components/action-reset-all-changes': {
      verdict: 'ok',
      fingerprint: 'e1c67647b1ab2a2d',
    },
    'figma-components/action-push-changes-to-main-component': {
      verdict: 'ok',
      fingerprint: 'b42eb6155832b453',
    },
    'figma-components/action-go-to-main-component': {
      verdict: 'ok',
      fingerprint: 'd250cae088739d6e',
    },
    'figma-components/action-create-component': {
      verdict: 'ok',
      fingerprint: 'a5d05a8664e8c29a',
    },
    'figma-components/action-combine-as-variants': {
      verdict: 'ok',
      fingerprint: '6d90620e41d804c6',
    },
    'figma-variables/alias-in-frame-mode': {
      verdict: 'ok',
      fingerprint: '3dc03015edde75a8',
      note: 'Stem names the Theme collection’s default mode instead of relying on "in that order" (first mode = default, unconfirmed in the docs found).',
    },
    'figma-variables/nearest-ancestor-mode': {
      verdict: 'ok',
      fingerprint: '38eee2da92e561d3',
      note: 'Stem names the default mode explicitly. Nearest-ancestor inheritance checked against published accounts of Figma mode inheritance.',
    },
    'figma-variables/default-mode-when-unset': {
      verdict: 'ok',
      fingerprint: 'f5d79bc2e807526f',
      note: 'Stem names the default mode explicitly, so the key rests on the stated default, not on list order.',
    },
    'figma-variables/token-a-colour-variable': {
      verdict: 'ok',
      fingerprint: '577ca36b7560a5ba',
    },
    'figma-variables/token-a-number-variable': {
      verdict: 'ok',
      fingerprint: '327c33a328ba1304',
    },
    'figma-variables/token-a-string-variable': {
      verdict: 'ok',
      fingerprint: '3f7069123a43f820',
    },
    'figma-variables/token-a-boolean-variable': {
      verdict: 'ok',
      fingerprint: 'b4f0fcdee0fe53af',
    },
    'figma-variables/token-a-color-style': {
      verdict: 'ok',
      fingerprint: '64522021e684d9f1',
    },
    'figma-variables/token-a-text-style': {
      verdict: 'ok',
      fingerprint: 'c3aecab813501d54',
    },
    'figma-variables/token-an-effect-style': {
      verdict: 'ok',
      fingerprint: 'ad32097f296d6e3c',
    },
    'figma-variables/token-variable-scoping': {
      verdict: 'ok',
      fingerprint: '1f33a59a8c93b9ea',
      note: 'Stem was ungrammatical ("needs a … variable keeps being offered"); rewritten.',
    },
    'figma-grids-export/stretch-column-width': {
      verdict: 'ok',
      fingerprint: 'fc78bf8de884fb1c',
    },
    'figma-grids-export/stretch-column-x': {
      verdict: 'ok',
      fingerprint: '4626c9468db735ce',
    },
    'figma-grids-export/span-of-columns': {
      verdict: 'ok',
      fingerprint: '208422a60d28155f',
    },
    'figma-grids-export/center-grid-offset': {
      verdict: 'ok',
      fingerprint: '033567be5634e776',
      note: 'Facts now carry the margin so the key test re-derives the three margin mistakes.',
    },
    'figma-grids-export/export-at-scale': {
      verdict: 'ok',
      fingerprint: '6d59b816fbbb4c11',
    },
    'figma-grids-export/export-by-width': {
      verdict: 'ok',
      fingerprint: 'ae905ebb4fe97547',
      note: 'Width-constrained export confirmed by the plugin API (ExportSettingsConstraints type WIDTH scales to a fixed width, height in proportion).',
    },
    'figma-grids-export/ios-asset-at-3x': {
      verdict: 'ok',
      fingerprint: 'db5d4778144ccfcb',
    },
    'figma-grids-export/android-density-size': {
      verdict: 'ok',
      fingerprint: 'd7f98b29e92aed14',
      note: 'Factors as developer.android.com tabulates them: mdpi 1x, hdpi 1.5x, xhdpi 2x, xxhdpi 3x, xxxhdpi 4x.',
    },
    'figma-grids-export/format-svg': {
      verdict: 'ok',
      fingerprint: '3ecec278c6e6e11f',
    },
    'figma-grids-export/format-png': {
      verdict: 'ok',
      fingerprint: '0008bf8ce496f538',
    },
    'figma-grids-export/format-jpg': {
      verdict: 'ok',
      fingerprint: '0db0fbfcf387892e',
    },
    'figma-grids-export/format-pdf': {
      verdict: 'ok',
      fingerprint: 'edab5bec69764398',
    },
    'figma-grids-export/grid-stretch-columns': {
      verdict: 'ok',
      fingerprint: '68a67224b7e0a0ae',
    },
    'figma-grids-export/grid-center-columns': {
      verdict: 'ok',
      fingerprint: '168a71b28656dbd0',
    },
    'figma-grids-export/grid-left-columns': {
      verdict: 'ok',
      fingerprint: 'ba262a31508c10ac',
    },
    'figma-grids-export/grid-top-rows': {
      verdict: 'ok',
      fingerprint: 'cd00695f232e1292',
    },
    'figma-grids-export/grid-square-grid': {
      verdict: 'ok',
      fingerprint: '955408cdbac8d9df',
    },
    'figma-prototype-handoff/smart-animate-matches': {
      verdict: 'ok',
      fingerprint: 'f7cd165cd31e7717',
    },
    'figma-prototype-handoff/padding-to-css': {
      verdict: 'ok',
      fingerprint: '265e344cf318766e',
    },
    'figma-prototype-handoff/drop-shadow-to-css': {
      verdict: 'ok',
      fingerprint: '4aebeff954d0e25c',
      note: 'Figma drop shadow blur = CSS box-shadow blur radius (Bjango, "Matching drop shadows across CSS, Android, iOS, Figma, and Sketch"); the halved-blur distractor is wrong for a sound reason.',
    },
    'figma-prototype-handoff/trigger-on-click': {
      verdict: 'ok',
      fingerprint: 'b713c68ab8ee11a5',
    },
    'figma-prototype-handoff/trigger-on-drag': {
      verdict: 'ok',
      fingerprint: '603009f0f7dbbceb',
    },
    'figma-prototype-handoff/trigger-while-hovering': {
      verdict: 'ok',
      fingerprint: '658370b066ba6619',
    },
    'figma-prototype-handoff/trigger-while-pressing': {
      verdict: 'ok',
      fingerprint: '1a9abd6633e83473',
    },
    'figma-prototype-handoff/trigger-after-delay': {
      verdict: 'ok',
      fingerprint: '391028f0215b9737',
    },
    'figma-prototype-handoff/trigger-key-gamepad': {
      verdict: 'ok',
      fingerprint: '0c8d32dee2b082ab',
    },
    'figma-prototype-handoff/proto-open-overlay': {
      verdict: 'ok',
      fingerprint: '029a3a2fe052f909',
    },
    'figma-prototype-handoff/proto-swap-overlay': {
      verdict: 'ok',
      fingerprint: 'fca660477b8c2292',
    },
    'figma-prototype-handoff/proto-back': {
      verdict: 'ok',
      fingerprint: '5ddc3a58f9e20645',
    },
    'figma-prototype-handoff/proto-scroll-to': {
      verdict: 'ok',
      fingerprint: '7df5405e4fd8928c',
    },
    'figma-prototype-handoff/proto-change-to': {
      verdict: 'ok',
      fingerprint: '2a9511d19e7b146c',
    },
    'figma-prototype-handoff/proto-fixed-position': {
      verdict: 'ok',
      fingerprint: '410a16d75b085ff1',
    },
    'figma-prototype-handoff/proto-sticky-position': {
      verdict: 'ok',
      fingerprint: '3216e2c56fb8fd63',
    },
    'figma-prototype-handoff/proto-vertical-scrolling': {
      verdict: 'ok',
      fingerprint: 'ce238d045df86acf',
    },
    'figma-prototype-handoff/proto-set-variable': {
      verdict: 'ok',
      fingerprint: 'ddec2c37253056a0',
    },
  },
}
