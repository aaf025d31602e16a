// The device state repository cases on PGlite (in memory) and on PostgreSQL (TEST_DATABASE_URL).
import { describeOnBothDatabases } from '../test-support/describe-on-both-databases';
import { defineDeviceStateCases } from './device-state-cases.test-helpers';

describeOnBothDatabases('device state repositories', defineDeviceStateCases);
