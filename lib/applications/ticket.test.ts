import { describe, expect, it } from "vitest";
import { checkTicket, issueTicket, TICKET_MAX_AGE_MS } from "@/lib/applications/ticket";
import { hashAccessToken, newAccessToken, newReceiptCode, RECEIPT_CODE_PATTERN, ACCESS_TOKEN_PATTERN } from "@/lib/applications/receipt";

const KEY = "k".repeat(43);
const served = 1_800_000_000_000;

describe("form ticket", () => {
  const ticket = issueTicket(KEY, 7, served);

  it("passes once the minimum fill time is over, until a day has gone", () => {
    expect(checkTicket(KEY, ticket, 7, { now: served + 3000, minFillSeconds: 3 })).toBe("ok");
    expect(checkTicket(KEY, ticket, 7, { now: served + 2999, minFillSeconds: 3 })).toBe("tooQuick");
    expect(checkTicket(KEY, ticket, 7, { now: served, minFillSeconds: 0 })).toBe("ok");
    expect(checkTicket(KEY, ticket, 7, { now: served + TICKET_MAX_AGE_MS + 1, minFillSeconds: 0 })).toBe("expired");
  });

  it("refuses a missing, altered, foreign-key or other call's ticket", () => {
    const now = served + 60_000;
    expect(checkTicket(KEY, undefined, 7, { now, minFillSeconds: 3 })).toBe("missing");
    expect(checkTicket(KEY, "", 7, { now, minFillSeconds: 3 })).toBe("missing");
    expect(checkTicket(KEY, ticket, 8, { now, minFillSeconds: 3 })).toBe("forged");
    expect(checkTicket("other-key", ticket, 7, { now, minFillSeconds: 3 })).toBe("forged");
    // Backdating the time to skip the wait breaks the signature.
    expect(checkTicket(KEY, ticket.replace(`.${served}.`, `.${served - 10_000}.`), 7, { now: served + 1000, minFillSeconds: 3 })).toBe("forged");
    expect(checkTicket(KEY, "7.1.abc", 7, { now, minFillSeconds: 3 })).toBe("forged");
    expect(checkTicket(KEY, `${ticket}x`, 7, { now, minFillSeconds: 3 })).toBe("forged");
  });
});

describe("receipt code and access token", () => {
  it("draws codes of the unambiguous alphabet and 32-character tokens, storing only a hash", () => {
    for (let i = 0; i < 200; i++) expect(newReceiptCode()).toMatch(RECEIPT_CODE_PATTERN);
    expect(newReceiptCode()).not.toMatch(/[0O1IL5S2Z8B]/);
    const token = newAccessToken();
    expect(token).toMatch(ACCESS_TOKEN_PATTERN);
    expect(hashAccessToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashAccessToken(token)).not.toContain(token);
  });
});
