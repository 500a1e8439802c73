import type { UsageFamily } from '../editing/editing-model.js'

/**
 * Figma concepts a freelance UI designer uses daily (auto layout and resizing, constraints,
 * components, instances, variants and properties, variables, prototyping, libraries), keyed to
 * Figma's help centre; each wrong feature is one that does something else.
 */
export const FIGMA_FAMILIES: readonly UsageFamily[] = [
  {
    id: 'auto-layout',
    stem: 'In Figma, a button’s frame should grow as its label gets longer, keeping the same padding. What do you apply to the frame?',
    frames: [
      '⟦Auto layout|A layout grid=layout grids guide placement but do not resize frames|Constraints=constraints control how children respond when the parent is resized|A group=groups have no padding and do not lay out their children⟧',
    ],
  },
  {
    id: 'hug-contents',
    stem: 'In an auto layout frame, which width setting makes the frame exactly as wide as its content plus padding?',
    frames: [
      '⟦Hug contents|Fill container=fill stretches to the parent’s width|Fixed width=fixed ignores the content|Scale=scale is a constraint option, not an auto layout sizing⟧',
    ],
  },
  {
    id: 'fill-container',
    stem: 'A text field inside a vertical auto layout card should stretch to the card’s full width. Which width setting does that?',
    frames: [
      '⟦Fill container|Hug contents=hug sizes the field to its own content|Fixed width=fixed keeps one width when the card changes|Left and right constraints=constraints do not apply to auto layout children⟧',
    ],
  },
  {
    id: 'constraints-pin',
    stem: 'In a regular (non-auto-layout) frame, a floating button must stay in the bottom-right corner when the frame is resized. Which constraints?',
    frames: [
      '⟦Right and Bottom|Left and Top=pins it to the top-left corner|Center and Center=keeps it centred instead|Scale and Scale=scales it and its position with the frame⟧',
    ],
  },
  {
    id: 'absolute-position',
    stem: 'A notification badge must sit on the corner of an icon inside an auto layout frame, ignoring the flow. Which setting does that?',
    frames: [
      '⟦Absolute position on the badge|Negative spacing on the frame=moves every child, not just the badge|Clip content on the frame=clipping hides overflow; it does not position|A second auto layout direction=auto layout flows in one direction at a time⟧',
    ],
  },
  {
    id: 'space-between',
    stem: 'A navigation bar has a logo on the left and a menu on the right, with the gap growing as the bar widens. Which auto layout spacing does that?',
    frames: [
      '⟦Auto (space between)|A fixed gap of 400 px=a fixed gap does not grow with the bar|Packed, aligned left=packs both items together on the left|Padding of 400 px on each side=padding insets everything, it does not spread items⟧',
    ],
  },
  {
    id: 'main-component-edits',
    stem: 'You change the corner radius of a main component. What happens to its instances?',
    frames: [
      '⟦They update, except where an instance overrides that property|Nothing until each instance is detached=detaching breaks the link to the main component|All instances update and lose their overrides=overrides are kept|Only instances on the same page update=instances update across the file⟧',
    ],
  },
  {
    id: 'detach-instance',
    stem: 'What does detaching an instance do?',
    frames: [
      '⟦Turns it into a plain frame no longer linked to its main component|Deletes the main component=the main component is unaffected|Publishes the instance to the team library=detaching does not publish|Resets the instance’s overrides=that is Reset all changes⟧',
    ],
  },
  {
    id: 'variants',
    stem: 'A button exists in default, hover and disabled states. How should they be organised in Figma?',
    frames: [
      '⟦As variants of one component set|As three separate pages=pages do not link states of one component|As three groups named Button 1, 2 and 3=groups are not components and cannot be swapped by property|As three layers in one frame, shown and hidden by hand=manual visibility is not a component property⟧',
    ],
  },
  {
    id: 'boolean-property',
    stem: 'A button component may or may not show an icon. Which component property lets each instance turn the icon on or off?',
    frames: [
      '⟦A boolean property|A text property=text properties change text, not visibility|An instance swap property=instance swap changes which icon, not whether it shows|A variant for every icon=multiplies variants for what one property does⟧',
    ],
  },
  {
    id: 'instance-swap-property',
    stem: 'Designers should be able to choose which icon a button shows from a set of icon components. Which component property does that?',
    frames: [
      '⟦An instance swap property|A boolean property=a boolean only shows or hides|A text property=text properties change text|A layout grid=grids do not hold components|A separate variant for every icon in the set=multiplies variants for what one property does⟧',
    ],
  },
  {
    id: 'variables-modes',
    stem: 'Colours must switch between light and dark themes across a design. Which Figma feature does that most directly?',
    frames: [
      '⟦Colour variables with a light mode and a dark mode|Two copies of every frame, recoloured by hand=duplicates work and drifts out of sync|Colour styles named Light and Dark=styles have no modes to switch|A plugin that inverts colours=inverting is not a theme⟧',
    ],
  },
  {
    id: 'publish-library',
    stem: 'Components built in one Figma file must be used in other files of the team. What do you do?',
    frames: [
      '⟦Publish the file as a library and enable it in the other files|Copy and paste the components into each file=pasted copies are not linked to updates|Export the components as SVG and import them=SVGs lose component behaviour|Move all work into one file=ignores libraries, which exist for sharing⟧',
    ],
  },
  {
    id: 'smart-animate',
    stem: 'Smart Animate animates between two frames by matching which layers?',
    frames: [
      '⟦Layers with the same name and hierarchy|Layers with the same colour=colour does not match layers|Layers at the same position=position is animated, not used for matching|Layers created at the same time=creation time is not used⟧',
    ],
  },
  {
    id: 'fixed-when-scrolling',
    stem: 'In a prototype, a header should stay put while the page scrolls under it. What do you set on the header?',
    frames: [
      '⟦Position: fixed when scrolling|Constraints: Top=constraints act on resizing, not scrolling|Clip content=clipping hides overflow|Lock layer=locking prevents editing, not scrolling⟧',
    ],
  },
  {
    id: 'frames-versus-groups',
    stem: 'Which can a Figma frame have that a group cannot?',
    frames: [
      '⟦Its own layout grids, constraints for children and clipping|Nothing: frames and groups behave the same=frames have properties groups lack|Only a different icon in the layers panel=frames have real layout properties|Only a name=both have names⟧',
    ],
  },
  {
    id: 'boolean-subtract',
    stem: 'A square must have a circular hole cut out where a circle overlaps it. Which boolean operation does that?',
    frames: [
      '⟦Subtract selection|Union selection=union merges both shapes|Intersect selection=intersect keeps only the overlap|Exclude selection=exclude keeps everything but the overlap, including the circle’s outside part⟧',
    ],
  },
  {
    id: 'dev-mode',
    stem: 'A developer needs to inspect spacing, CSS values and assets in a Figma file. Which feature is built for that?',
    frames: [
      '⟦Dev Mode|Prototype mode=prototype mode previews interactions|FigJam=FigJam is a whiteboard tool|Version history=history restores earlier versions⟧',
    ],
  },
  {
    id: 'interactive-components',
    stem: 'A checkbox component should toggle between its checked and unchecked variants inside every prototype that uses it. Where do you add the interaction?',
    frames: [
      '⟦On the variants in the component set|On each instance in every prototype=repeats work the component can hold once|On the page background=the page cannot hold the interaction|In a plugin=prototyping interactions are built in⟧',
    ],
  },
  {
    id: 'min-max-width',
    stem: 'A fill-container card should never grow wider than 480 px. What do you set?',
    frames: [
      '⟦A max width of 480 on the card|A fixed width of 480=fixed also stops it shrinking|A layout grid of 480=grids do not limit size|Right constraint at 480=constraints do not cap a width⟧',
    ],
  },
  {
    id: 'slash-naming',
    stem: 'Components named "Button/Primary" and "Button/Secondary" appear how in the assets panel?',
    frames: [
      '⟦Grouped under a Button folder|As one component with two variants=slash names group; they do not create variants|As an error, since slashes are not allowed=slashes are allowed|In alphabetical order with no grouping=slashes create groups⟧',
    ],
  },
  {
    id: 'export-formats',
    stem: 'An icon set and a photo must be exported for a website. Which formats suit each?',
    frames: [
      '⟦SVG for the icons; JPG or WebP for the photo|PNG at 1× for both=raster icons blur when scaled, and PNG photos are heavy|SVG for both=SVG suits vector shapes, not photos|PDF for both=PDF is for print and documents|PNG for the icons at 1× only; TIFF for the photo=raster icons blur when scaled, and TIFF is a print format⟧',
    ],
  },
  {
    id: 'layout-grid-columns',
    stem: 'A desktop frame needs 12 columns with 24 px gutters to align content to. What do you add to the frame?',
    frames: [
      '⟦A columns layout grid: 12 columns, 24 px gutter|Auto layout with 24 px spacing=auto layout arranges children; it draws no columns|Twelve ruler guides=guides have no gutters and do not resize with the frame|Constraints set to Scale=constraints do not create columns⟧',
    ],
  },
]
