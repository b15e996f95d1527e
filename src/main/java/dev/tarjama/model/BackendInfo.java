package dev.tarjama.model;

/** The provider, model and endpoint that answered; never a credential. */
public record BackendInfo(String provider, String model, String baseUrl) {}
