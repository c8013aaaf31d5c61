import {test, expect} from 'vitest';
import {recasProfile} from '../source/jobs/profile.js';

test('the default cluster profile is ReCaS with lustre volumes', () => {
	expect(recasProfile.allowedVolumeRoots).toEqual(['/lustre']);
});
