/**
 * Admission at a festival entrance: the rules of a ticket type ({@link org.festgate.core.admission.TicketTypeRules}),
 * the pure decision from a verified ticket, an entrance, a time, a direction and the ticket's earlier scans to admit
 * or refuse ({@link org.festgate.core.admission.Admission}), the reason in words a gate keeper reads in Vietnamese,
 * English or Chinese ({@link org.festgate.core.admission.AdmissionDecision}), and an embeddable gate that decides
 * offline and queues its scans for synchronisation ({@link org.festgate.core.admission.OfflineGate}), fed by the
 * packages the server sends ({@link org.festgate.core.admission.OfflinePackage}). Every scan becomes a
 * {@link org.festgate.core.admission.ScanRecord}, whose nonce makes uploading it twice harmless.
 * <p>
 * Time is always passed in; nothing here reads the clock.
 */
package org.festgate.core.admission;
