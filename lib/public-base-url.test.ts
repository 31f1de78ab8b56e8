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

  it("defaults to the local server on port 3000", () => {
    vi.stubEnv("PUBLIC_BASE_URL", undefined);
    vi.stubEnv("PORT", undefined);
    expect(publicBaseUrl()).toBe("http://localhost:3000");
  });

  it("follows PORT when PUBLIC_BASE_URL is not set (or empty)", () => {
    vi.stubEnv("PORT", "3005");
    vi.stubEnv("PUBLIC_BASE_URL", undefined);
    expect(publicBaseUrl()).toBe("http://localhost:3005");
    vi.stubEnv("PUBLIC_BASE_URL", "");
    expect(publicBaseUrl()).toBe("http://localhost:3005");
  });

  it("keeps PUBLIC_BASE_URL whatever PORT says: behind a proxy the public port is not the server's", () => {
    vi.stubEnv("PORT", "3005");
    vi.stubEnv("PUBLIC_BASE_URL", "https://indh.example.ma");
    expect(publicBaseUrl()).toBe("https://indh.example.ma");
  });

  it("ignores a PORT that is not a port number", () => {
    vi.stubEnv("PUBLIC_BASE_URL", undefined);
    vi.stubEnv("PORT", "eighty");
    expect(publicBaseUrl()).toBe("http://localhost:3000");
  });
});
