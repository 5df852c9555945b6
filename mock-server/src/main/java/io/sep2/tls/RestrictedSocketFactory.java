package io.sep2.tls;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/** An {@link SSLSocketFactory} that applies fixed {@link SSLParameters} to every socket. */
final class RestrictedSocketFactory extends SSLSocketFactory {

  private final SSLSocketFactory delegate;
  private final SSLParameters params;

  RestrictedSocketFactory(SSLSocketFactory delegate, SSLParameters params) {
    this.delegate = delegate;
    this.params = params;
  }

  private Socket restrict(Socket socket) {
    ((SSLSocket) socket).setSSLParameters(params);
    return socket;
  }

  @Override
  public String[] getDefaultCipherSuites() {
    return params.getCipherSuites();
  }

  @Override
  public String[] getSupportedCipherSuites() {
    return params.getCipherSuites();
  }

  @Override
  public Socket createSocket() throws IOException {
    return restrict(delegate.createSocket());
  }

  @Override
  public Socket createSocket(Socket s, String host, int port, boolean autoClose)
      throws IOException {
    return restrict(delegate.createSocket(s, host, port, autoClose));
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return restrict(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return restrict(delegate.createSocket(host, port, localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return restrict(delegate.createSocket(host, port));
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return restrict(delegate.createSocket(address, port, localAddress, localPort));
  }
}
