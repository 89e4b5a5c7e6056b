/**
 * The code that turns the guide's events into an uptake body and sends it (with its offline queue in
 * IndexedDB): one file, fetched only when the practice has set an endpoint (uptake-controller.ts).
 */
export { UptakeBeacon } from './beacon.js';
export { UptakeQueue, queueScope } from './queue.js';
export { outcomeOf, uptakeBody } from './payload.js';
