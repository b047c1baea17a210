// Locks every open home when the computer goes to sleep or the screen is locked.
import type { PowerMonitor } from 'electron';
import { IPC_EVENTS } from '../../src/platform/ipcContract';
import { SHELL_LOCK_REASONS, type ShellLockReason } from '../../src/platform/Platform';

export interface RendererTarget {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

/** Sends one event to every live renderer: each window holds at most one open home. */
export function broadcast(targets: RendererTarget[], channel: string, payload: unknown): void {
  for (const target of targets) if (!target.isDestroyed()) target.send(channel, payload);
}

/** Wires `suspend` and `lock-screen` to a lock request for every window. */
export function lockOnPowerEvents(
  powerMonitor: Pick<PowerMonitor, 'on'>,
  targets: () => RendererTarget[],
): void {
  for (const reason of SHELL_LOCK_REASONS) {
    (powerMonitor.on as (event: ShellLockReason, listener: () => void) => void)(reason, () =>
      broadcast(targets(), IPC_EVENTS.lockRequested, reason),
    );
  }
}
