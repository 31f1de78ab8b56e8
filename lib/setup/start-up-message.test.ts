import { describe, expect, it } from "vitest";
import { startUpMessage } from "./start-up-message";

describe("startUpMessage", () => {
  it("says where to open the app and, with an administrator, where staff sign in", () => {
    const text = startUpMessage({ localUrl: "http://localhost:3005", publicUrl: "http://localhost:3005", hasAdministrator: true });
    expect(text).toContain("Open http://localhost:3005/ar (Arabic) or http://localhost:3005/fr (French)");
    expect(text).toContain("sign in at http://localhost:3005/ar/sign-in");
    expect(text).not.toContain("setup");
    expect(text).not.toContain("PUBLIC_BASE_URL");
  });

  it("without an administrator, points to the setup page and the token printed above", () => {
    const text = startUpMessage({ localUrl: "http://localhost:3000", publicUrl: "http://localhost:3000", hasAdministrator: false });
    expect(text).toContain("open http://localhost:3000/ar/setup and enter the one-time setup token printed above");
    expect(text).not.toContain("sign-in");
  });

  it("names both addresses when PUBLIC_BASE_URL differs from the listening one", () => {
    const text = startUpMessage({ localUrl: "http://localhost:3000", publicUrl: "https://indh.example.ma", hasAdministrator: true });
    expect(text).toContain("Open https://indh.example.ma/ar");
    expect(text).toContain("listens on http://localhost:3000");
  });
});
