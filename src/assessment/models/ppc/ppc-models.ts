import { scenarioModel } from '../scenario/scenario-model.js'
import { ADS_FAMILIES } from './ads-families.js'
import { BIDDING_FAMILIES } from './bidding-families.js'
import { MATCH_FAMILIES } from './match-families.js'
import { METRICS_FAMILIES } from './metrics-families.js'
import { TRACKING_FAMILIES } from './tracking-families.js'

export const ppcMatchModel = scenarioModel({
  id: 'ppc-match',
  title: 'PPC advertising: keyword match types and negative keywords',
  families: MATCH_FAMILIES,
})

export const ppcBiddingModel = scenarioModel({
  id: 'ppc-bidding',
  title: 'PPC advertising: bid strategies, targets and budgets',
  families: BIDDING_FAMILIES,
})

export const ppcMetricsModel = scenarioModel({
  id: 'ppc-metrics',
  title: 'PPC advertising: campaign metrics and break-even figures',
  families: METRICS_FAMILIES,
})

export const ppcAdsModel = scenarioModel({
  id: 'ppc-ads',
  title: 'PPC advertising: responsive search ads, assets and ad policy',
  families: ADS_FAMILIES,
})

export const ppcTrackingModel = scenarioModel({
  id: 'ppc-tracking',
  title: 'PPC advertising: conversion tracking, attribution and experiments',
  families: TRACKING_FAMILIES,
})

/** Every family of the PPC test, for the tests that check keys independently. */
export const PPC_FAMILIES = [
  ...MATCH_FAMILIES,
  ...BIDDING_FAMILIES,
  ...METRICS_FAMILIES,
  ...ADS_FAMILIES,
  ...TRACKING_FAMILIES,
]

/** The PPC test's item models, one per blueprint domain. */
export const PPC_MODELS = [
  ppcMatchModel,
  ppcBiddingModel,
  ppcMetricsModel,
  ppcAdsModel,
  ppcTrackingModel,
] as const
