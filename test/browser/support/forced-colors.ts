import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Turns Chromium's forced-colours emulation on or off; resolves to false in a browser without it
 * (Firefox), where a test that needs it skips.
 */
export async function emulateForcedColors(active: boolean): Promise<boolean> {
  return (await executeServerCommand('emulate-forced-colors', { active })) === true;
}
