import { render, screen, fireEvent, waitFor } from "@testing-library/svelte";
import { mockIPC, clearMocks } from "@tauri-apps/api/mocks";
import { afterEach, describe, expect, it } from "vitest";
import BackupSettings from "./BackupSettings.svelte";
import { journal } from "../state/journal.svelte";

const STATUS = {
  folder: "/v/snapshots",
  default_folder: true,
  keep: 10,
  problem: "the folder /media/usb is not there.",
  snapshots: [],
};

afterEach(() => {
  clearMocks();
  journal.clear();
});

describe("BackupSettings", () => {
  it("shows the folder, a calm word about a failed snapshot, and no list when there is none", async () => {
    mockIPC((cmd) => (cmd === "backup_status" ? STATUS : undefined));
    render(BackupSettings);
    expect(await screen.findByText("/v/snapshots")).toBeTruthy();
    const problem = screen.getByTestId("snapshot-problem");
    expect(problem.textContent).toBe(
      "The last automatic snapshot did not work: the folder /media/usb is not there. Trellis will try again later, and you can take one now.",
    );
    expect(problem.getAttribute("role")).toBeNull(); // an ordinary state, not an alarm
    expect(screen.getByTestId("last-snapshot").textContent?.trim()).toBe("None yet");
    expect(screen.queryByTestId("snapshot-list")).toBeNull();
    expect((screen.getByLabelText("How many snapshots to keep") as HTMLInputElement).value).toBe("10");
  });

  it("measures the backup file's passphrase as the vault's is, and makes no file with a weak one", async () => {
    const calls: { cmd: string; args: unknown }[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args });
      if (cmd === "backup_status") return { ...STATUS, problem: null };
      if (cmd === "choose_path") return "/b/trellis-backup.age";
      if (cmd === "write_backup") return { entries: 2, boundaries: 0, worksheets: 0, agreements: 0, reminders: 1, left_out: [] };
    });
    render(BackupSettings);
    await fireEvent.click(await screen.findByRole("button", { name: "Make a backup file…" }));
    const field = (await screen.findByLabelText("A passphrase for this file")) as HTMLInputElement;
    const make = screen.getByRole("button", { name: "Make the backup file" }) as HTMLButtonElement;
    expect(make.disabled).toBe(true);
    expect(screen.getByText("Choose a passphrase of a few words.")).toBeTruthy();

    await fireEvent.input(field, { target: { value: "password" } });
    await fireEvent.input(screen.getByLabelText("Type it again"), { target: { value: "password" } });
    await waitFor(() => expect(screen.getByText(/Strength:/).textContent).toMatch(/Very weak|Weak/));
    expect(screen.getByTestId("strength-bar")).toBeTruthy();
    expect(make.disabled).toBe(true);
    await fireEvent.submit(make.closest("form")!);
    expect(calls.some((c) => c.cmd === "write_backup")).toBe(false);

    const good = "harbor quietly maple seventeen";
    await fireEvent.input(field, { target: { value: good } });
    await fireEvent.input(screen.getByLabelText("Type it again"), { target: { value: good } });
    await waitFor(() => expect(make.disabled).toBe(false));
    await fireEvent.click(make);
    expect((await screen.findByTestId("backup-result")).textContent).toContain("2 entries and 1 reminder");
    expect(calls.find((c) => c.cmd === "write_backup")?.args).toMatchObject({ passphrase: good });
    // The estimator loads its dictionaries on first use: slow on a busy machine.
  }, 20_000);

  it("imports a chosen jrnl file, says what happened and reloads the journal list", async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === "backup_status") return { ...STATUS, problem: null };
      if (cmd === "choose_path") return "/home/a/jrnl.json";
      if (cmd === "import_file") return { added: 3, already_there: 0, photos_skipped: 0 };
      if (cmd === "list_entries") return [];
      if (cmd === "tags" || cmd === "on_this_day") return [];
    });
    render(BackupSettings);
    await fireEvent.click(await screen.findByRole("button", { name: "Choose a file to import…" }));
    expect(await screen.findByText("jrnl.json")).toBeTruthy();
    // Not an age file: no passphrase is asked, and the keyboard is on Import.
    expect(screen.queryByLabelText("The backup file’s passphrase")).toBeNull();
    const go = screen.getByRole("button", { name: "Import" });
    await waitFor(() => expect(document.activeElement).toBe(go));
    await fireEvent.click(go);
    expect((await screen.findByTestId("import-result")).textContent).toBe("Imported 3 entries.");
    await waitFor(() => expect(calls.indexOf("import_file")).toBeLessThan(calls.lastIndexOf("tags")));
  });
});
