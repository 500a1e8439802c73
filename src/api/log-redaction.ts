/**
 * What the API's log never keeps. A database error carries the statement's parameters, and pino
 * writes every field of a logged error: a failed registration logged the new account's address and
 * its email token's hash, and a failed write of a user, a session or a key would log its password
 * hash, token hash or encrypted key. The statement's text stays, which names the table and the
 * columns without the values.
 */
export const LOG_REDACTION = {
  paths: ['err.params', 'err.cause.params', 'error.params', 'error.cause.params'],
  remove: true,
}
