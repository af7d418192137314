/** A fetch that failed for a reason worth telling the user: the message is that reason. */
export class FetchError extends Error {
  override readonly name: string = 'FetchError';
}

/** The connection would reach an address we refuse (private, loopback, ...): see `blockedAddressReason`. */
export class BlockedAddressError extends FetchError {
  override readonly name = 'BlockedAddressError';
  readonly code = 'EBLOCKEDADDRESS';
}
