"""What the project's tests and `make mutation` share: a recording, fault-injecting proxy, the planted
server bugs, and the mutation runner. Not shipped: other teams run `walletapp-contract`; this is how we
prove that it catches real server bugs (docs/contract-testing.md)."""
