// The device configuration repository cases on PGlite (in memory) and on PostgreSQL (TEST_DATABASE_URL).
import { describeOnBothDatabases } from '../test-support/describe-on-both-databases';
import { defineDeviceConfigurationCases } from './device-configuration-cases.test-helpers';

describeOnBothDatabases('device configuration repositories', defineDeviceConfigurationCases);
