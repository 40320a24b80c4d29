"""The domain of PartnerDesk: its vocabulary and rules. No Qt and no SQL here."""
