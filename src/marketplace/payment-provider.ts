import { createHash } from 'node:crypto'

/**
 * Where money enters and leaves the platform. The platform never sees card or bank details: a
 * client's payment method is a token the provider issued. Each call carries an idempotency
 * reference, so a retried request never charges or pays twice at the provider either.
 */
export interface PaymentProvider {
  readonly name: string
  charge(request: ProviderRequest): Promise<ProviderReceipt>
  refund(request: ProviderRequest): Promise<ProviderReceipt>
  payout(request: ProviderRequest): Promise<ProviderReceipt>
}

export interface ProviderRequest {
  readonly reference: string
  readonly userId: string
  readonly amountCents: number
}

export interface ProviderReceipt {
  readonly providerReference: string
}

/**
 * The built-in sandbox provider: it moves no real money and always succeeds, answering with a
 * reference derived from the request's own, so the same request gets the same receipt. Use it in
 * development, tests and demos; a deployment that takes real money plugs in a real provider.
 */
export function sandboxPaymentProvider(): PaymentProvider {
  const receipt = (operation: string) => async (request: ProviderRequest) => ({
    providerReference: `sandbox_${operation}_${createHash('sha256')
      .update(`${operation}\0${request.reference}`)
      .digest('hex')
      .slice(0, 24)}`,
  })
  return {
    name: 'sandbox',
    charge: receipt('charge'),
    refund: receipt('refund'),
    payout: receipt('payout'),
  }
}
