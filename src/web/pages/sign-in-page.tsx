import { api } from '../api/endpoints.js'
import { AuthForm } from './auth-form.js'

export function SignInPage() {
  return (
    <AuthForm
      mode="sign-in"
      submit={(v) => api.login({ email: v.email ?? '', password: v.password ?? '' })}
    />
  )
}

export function RegisterPage() {
  return (
    <AuthForm
      mode="register"
      submit={(v) =>
        api.register({
          email: v.email ?? '',
          password: v.password ?? '',
          displayName: v.displayName ?? '',
        })
      }
    />
  )
}
