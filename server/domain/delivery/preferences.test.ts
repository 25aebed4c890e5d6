import { describe, expect, it } from "vitest";
import { channelEnabled, quietUntil } from "./preferences";
import { topicOfKind } from "./topic-of-kind";

describe("topicOfKind", () => {
  it.each([
    ["feed.reaction", "reactions"], ["feed.comment", "comments"], ["block.assigned", "blocks"], ["block.extended", "blocks"],
    ["club.join_request", "clubs"], ["club.join_approved", "clubs"], ["club.run_cancelled", "group_runs"],
    ["thread.coach_replied", "threads"], ["race.logged", "races"], ["something.new", "clubs"],
  ])("files %s under %s", (kind, topic) => {
    expect(topicOfKind(kind)).toBe(topic);
  });
});

describe("channelEnabled", () => {
  it("uses the topic's default until the user overrides it, and never a channel the topic doesn't use", () => {
    expect(channelEnabled([], "blocks", "email")).toBe(true);
    expect(channelEnabled([], "reactions", "email")).toBe(false);
    expect(channelEnabled([{ topic: "reactions", channel: "email", enabled: true }], "reactions", "email")).toBe(true);
    expect(channelEnabled([{ topic: "digests", channel: "push", enabled: true }], "digests", "push")).toBe(false);
  });
});

describe("quietUntil", () => {
  const london = { timeZone: "Europe/London", quietStartMin: 22 * 60, quietEndMin: 7 * 60 };
  it("ends at 07:00 on the user's clock, also across the night the clocks go forward", () => {
    // 23:00 GMT on 27 March 2027; the clocks go forward at 01:00 UTC, so 07:00 BST is 06:00 UTC.
    expect(quietUntil(london, new Date("2027-03-27T23:00:00Z"))?.toISOString()).toBe("2027-03-28T06:00:00.000Z");
    expect(quietUntil(london, new Date("2027-03-28T03:00:00Z"))?.toISOString()).toBe("2027-03-28T06:00:00.000Z");
  });
  it("is null outside quiet hours, at their end, and with none set", () => {
    expect(quietUntil(london, new Date("2027-03-28T06:00:00Z"))).toBeNull();
    expect(quietUntil(london, new Date("2027-03-28T12:00:00Z"))).toBeNull();
    expect(quietUntil({ ...london, quietStartMin: null }, new Date("2027-03-28T03:00:00Z"))).toBeNull();
  });
  it("handles hours that don't wrap midnight, in a zone ahead of UTC", () => {
    const nap = { timeZone: "Pacific/Auckland", quietStartMin: 13 * 60, quietEndMin: 15 * 60 };
    // 14:00 NZDT on 15 January 2027 is 01:00 UTC; quiet until 15:00 NZDT, 02:00 UTC.
    expect(quietUntil(nap, new Date("2027-01-15T01:00:00Z"))?.toISOString()).toBe("2027-01-15T02:00:00.000Z");
  });
});
