import { badgePng } from './badge-image.js'
import { base64Encoding, english, pngFile } from './elm-concepts.js'

/**
 * How an EDC viewer shows the credential (ELM's mandatory `displayParameter`): its title and
 * one English page whose picture is the credential's badge, the same PNG the Open Badge carries.
 */
export function displayParameter(
  achievementName: string,
  achievementType: string,
  issuerName: string,
): Record<string, unknown> {
  return {
    id: 'urn:epass:displayParameter:1',
    type: 'DisplayParameter',
    title: { en: achievementName },
    description: { en: `${achievementName}, awarded by ${issuerName}` },
    language: english(),
    primaryLanguage: english(),
    individualDisplay: {
      id: 'urn:epass:individualDisplay:1',
      type: 'IndividualDisplay',
      language: english(),
      displayDetail: {
        id: 'urn:epass:displayDetail:1',
        type: 'DisplayDetail',
        page: 1,
        image: {
          id: 'urn:epass:mediaObject:1',
          type: 'MediaObject',
          contentType: pngFile(),
          contentEncoding: base64Encoding(),
          content: badgePng(achievementName, achievementType).toString('base64'),
        },
      },
    },
  }
}
