import { scenarioModel } from '../scenario/scenario-model.js'
import {
  AD_TEXT_FAMILIES,
  ASSET_FAMILIES,
  DKI_FAMILIES,
  RSA_FAMILIES,
  STRUCTURE_FAMILIES,
} from './ads-families.js'
import { BID_CALC_FAMILIES, STRATEGY_FAMILIES } from './bidding-families.js'
import type { GadsFamily } from './gads-text.js'
import { MATCH_FAMILIES } from './match-families.js'
import { QUALITY_FAMILIES, TRACKING_FAMILIES } from './measure-families.js'
import { BUDGET_FAMILIES, RATE_FAMILIES, SHARE_FAMILIES } from './metric-families.js'
import { NEGATIVE_FAMILIES } from './negative-families.js'

export const GADS_KEYWORD_FAMILIES: readonly GadsFamily[] = [
  ...NEGATIVE_FAMILIES,
  ...MATCH_FAMILIES,
]
export const GADS_ADS_FAMILIES: readonly GadsFamily[] = [
  ...STRUCTURE_FAMILIES,
  ...RSA_FAMILIES,
  ...AD_TEXT_FAMILIES,
  ...DKI_FAMILIES,
  ...ASSET_FAMILIES,
]
export const GADS_BIDDING_FAMILIES: readonly GadsFamily[] = [
  ...STRATEGY_FAMILIES,
  ...BID_CALC_FAMILIES,
]
export const GADS_METRIC_FAMILIES: readonly GadsFamily[] = [
  ...RATE_FAMILIES,
  ...SHARE_FAMILIES,
  ...BUDGET_FAMILIES,
]
export const GADS_MEASURE_FAMILIES: readonly GadsFamily[] = [
  ...TRACKING_FAMILIES,
  ...QUALITY_FAMILIES,
]

export const gadsKeywordsModel = scenarioModel({
  id: 'gads-keywords',
  title: 'Google Ads: keyword match types, negative keywords and which keyword a search triggers',
  families: GADS_KEYWORD_FAMILIES,
  aimKeyPlaces: true,
})
export const gadsAdsModel = scenarioModel({
  id: 'gads-structure-ads',
  title: 'Google Ads: campaign structure, responsive search ads and assets',
  families: GADS_ADS_FAMILIES,
  aimKeyPlaces: true,
})
export const gadsBiddingModel = scenarioModel({
  id: 'gads-bidding',
  title: 'Google Ads: bid strategies and what each optimises',
  families: GADS_BIDDING_FAMILIES,
  aimKeyPlaces: true,
})
export const gadsMetricsModel = scenarioModel({
  id: 'gads-metrics',
  title: 'Google Ads: metric arithmetic, impression share and budget pacing',
  families: GADS_METRIC_FAMILIES,
  aimKeyPlaces: true,
})
export const gadsMeasureModel = scenarioModel({
  id: 'gads-measurement',
  title: 'Google Ads: conversion tracking, attribution and Quality Score',
  families: GADS_MEASURE_FAMILIES,
  aimKeyPlaces: true,
})

/** The Google Ads test's item models, one per blueprint domain. */
export const GADS_MODELS = [
  gadsKeywordsModel,
  gadsAdsModel,
  gadsBiddingModel,
  gadsMetricsModel,
  gadsMeasureModel,
] as const
