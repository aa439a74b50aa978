import { execFileSync } from 'node:child_process';

/**
 * A real terminal (tmux, on a private server socket) that a test types into as an operator would,
 * counting every key pressed after the command line and every command run.
 */
export class Terminal {
  /** Keys pressed answering the commands (a character or Enter each), not counting the command lines. */
  keystrokes = 0;
  /** Command lines run. */
  commands = 0;
  private readonly socket: string;
  private readonly session = 'operator';
  private readonly cwd: string;

  constructor(cwd: string) {
    this.socket = `unyo-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    this.cwd = cwd;
    const env: NodeJS.ProcessEnv = { ...process.env, PS1: '$ ', HISTFILE: '/dev/null', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', TERM: 'xterm-256color' };
    execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', 'new-session', '-d', '-s', this.session, '-x', '160', '-y', '50', '-c', cwd, 'bash --norc --noprofile'], { env });
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }

  /** What the terminal shows, history included. */
  screen(): string {
    return this.tmux('capture-pane', '-p', '-J', '-S', '-2000', '-t', this.session);
  }

  /** Runs a command line (counted as one command; its characters are not keystrokes of the task). */
  run(line: string): void {
    this.commands++;
    this.tmux('send-keys', '-t', this.session, '-l', `${line}; echo "EXIT=$?"`);
    this.tmux('send-keys', '-t', this.session, 'Enter');
  }

  /** Types text (one keystroke per character), then Enter (one more). */
  answer(text = ''): void {
    if (text !== '') this.tmux('send-keys', '-t', this.session, '-l', text);
    this.tmux('send-keys', '-t', this.session, 'Enter');
    this.keystrokes += [...text].length + 1;
  }

  /** Presses named keys (tmux names: Down, Up, Escape…), one keystroke each. */
  press(...keys: string[]): void {
    for (const key of keys) this.tmux('send-keys', '-t', this.session, key);
    this.keystrokes += keys.length;
  }

  /**
   * Waits until the screen, after the given offset, shows the text (or matches the pattern); returns
   * the offset just after it. The limit is generous (a busy machine), never a measure of speed.
   */
  async waitFor(text: string | RegExp, from = 0): Promise<{ end: number; match: string[] }> {
    const deadline = Date.now() + 300_000;
    for (;;) {
      const screen = this.screen();
      const rest = screen.slice(from);
      const match = typeof text === 'string' ? (rest.includes(text) ? Object.assign([text], { index: rest.indexOf(text) }) : null) : text.exec(rest);
      if (match) return { end: from + (match.index ?? 0) + (match[0] ?? '').length, match: [...match].map((m) => m ?? '') };
      if (Date.now() > deadline) throw new Error(`the terminal never showed 「${String(text)}」; it shows:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Waits for the last command to end; returns its exit code and the offset after it. */
  async exitCode(from = 0): Promise<{ code: number; end: number }> {
    const { end, match } = await this.waitFor(/EXIT=(\d+)/, from);
    return { code: Number(match[1]), end };
  }

  close(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // already gone
    }
  }
}
