import { afterEach, describe, expect, it, vi } from "vitest";
import { publicBaseUrl } from "./public-base-url";

afterEach(() => vi.unstubAllEnvs());

describe("publicBaseUrl", () => {
  it("drops trailing slashes, so paths join with one", () => {
    vi.stubEnv("PUBLIC_BASE_URL", "https://indh.example/");
    expect(`${publicBaseUrl()}/ar/events`).toBe("https://indh.example/ar/events");
    vi.stubEnv("PUBLIC_BASE_URL", "https://indh.example//");
    expect(publicBaseUrl()).toBe("https://indh.example");
  });

  it("defaults to the local server", () => {
    vi.stubEnv("PUBLIC_BASE_URL", undefined);
    expect(publicBaseUrl()).toBe("http://localhost:3000");
  });
});
