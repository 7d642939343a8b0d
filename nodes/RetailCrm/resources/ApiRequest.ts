import { apiRequestResource } from '../../shared/apiRequest';
import { retailCrmPages } from '../RetailCrmProfile';

/**
 * Any call below {instance}/api/v5 (https://docs.simla.com/Developers/API/APIVersions/APIv5). A
 * list's records are the answer's one list besides `pagination`, whatever RetailCRM names it;
 * a POST body's top-level fields go as form fields, objects as JSON text (retailCrmForm).
 */
export const apiRequest = apiRequestResource('RetailCRM', retailCrmPages());
